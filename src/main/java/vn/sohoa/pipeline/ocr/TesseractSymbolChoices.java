package vn.sohoa.pipeline.ocr;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

import com.sun.jna.Pointer;
import net.sourceforge.tess4j.ITessAPI.TessChoiceIterator;
import net.sourceforge.tess4j.ITessAPI.TessPageIterator;
import net.sourceforge.tess4j.ITessAPI.TessPageIteratorLevel;
import net.sourceforge.tess4j.ITessAPI.TessResultIterator;
import net.sourceforge.tess4j.TessAPI;

/**
 * Tesseract's per-symbol alternatives for one word, from its choice iterator. With
 * {@code lstm_choice_mode=2} the LSTM keeps, for each character it recognized, the other characters
 * it considered; without it the iterator gives only the recognized one.
 */
final class TesseractSymbolChoices {

    private static final int TRUE = 1;
    /** Symbols read for one word's alternatives at most (a syllable has at most seven letters). */
    private static final int MAX_SYMBOLS = 32;

    private TesseractSymbolChoices() {
    }

    /**
     * The symbols of the word the iterator is at, each with its choices (the recognized one first),
     * read through a copy so that the word loop is not moved.
     */
    static List<List<String>> ofWord(TessAPI api, TessResultIterator iterator) {
        List<List<String>> symbols = new ArrayList<>();
        TessResultIterator copy = api.TessResultIteratorCopy(iterator);
        try {
            TessPageIterator page = api.TessResultIteratorGetPageIterator(copy);
            for (int n = 0; n < MAX_SYMBOLS; n++) {
                Pointer symbol = api.TessResultIteratorGetUTF8Text(copy, TessPageIteratorLevel.RIL_SYMBOL);
                List<String> choices = new ArrayList<>();
                if (symbol != null) {
                    choices.add(Normalizer.normalize(symbol.getString(0, StandardCharsets.UTF_8.name()), Normalizer.Form.NFC));
                    api.TessDeleteText(symbol);
                }
                TessChoiceIterator choice = api.TessResultIteratorGetChoiceIterator(copy);
                if (choice != null) {
                    try {
                        do {
                            String text = api.TessChoiceIteratorGetUTF8Text(choice);
                            String nfc = text == null ? "" : Normalizer.normalize(text, Normalizer.Form.NFC);
                            if (!nfc.isBlank() && !choices.contains(nfc)) {
                                choices.add(nfc);
                            }
                        } while (api.TessChoiceIteratorNext(choice) == TRUE);
                    } finally {
                        api.TessChoiceIteratorDelete(choice);
                    }
                }
                symbols.add(choices);
                if (api.TessPageIteratorIsAtFinalElement(page, TessPageIteratorLevel.RIL_WORD, TessPageIteratorLevel.RIL_SYMBOL) == TRUE
                        || api.TessResultIteratorNext(copy, TessPageIteratorLevel.RIL_SYMBOL) != TRUE) {
                    break;
                }
            }
        } finally {
            api.TessResultIteratorDelete(copy);
        }
        return symbols;
    }
}
