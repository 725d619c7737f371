package vn.sohoa.pipeline.index;

import vn.sohoa.failure.Refusal;

/**
 * Free text the index will not run: longer than it allows, too many words or prefixes, a prefix
 * too short, or a search that ran out of time. The message says what to change; the bundles say
 * it in Vietnamese ({@code refusal.CODE}).
 */
public class SearchRefusedException extends Refusal {

    SearchRefusedException(String code, String message, Object... arguments) {
        super(Kind.BAD_ARGUMENT, code, message, null, arguments);
    }
}
