package vn.sohoa.pipeline.ocr;

import com.sun.jna.Library;
import com.sun.jna.Native;

/**
 * Makes sure OpenMP inside Tesseract runs one thread per engine. With its default (one thread
 * per core) the engines of parallel workers fight each other: a 300-dpi page took 17 s instead of
 * 2.5 s on two cores. The launcher and Surefire set {@code OMP_THREAD_LIMIT=1}; this covers any
 * other JVM, and must run before libtesseract (and with it libgomp) is loaded.
 */
final class OpenMpThreadLimit {

    private OpenMpThreadLimit() {
    }

    static void ensure() {
        if (System.getenv("OMP_THREAD_LIMIT") == null) {
            CLibrary.INSTANCE.setenv("OMP_THREAD_LIMIT", "1", 1);
        }
    }

    private interface CLibrary extends Library {
        CLibrary INSTANCE = Native.load("c", CLibrary.class);

        int setenv(String name, String value, int overwrite);
    }
}
