package vn.sohoa.faces.web;

import java.time.ZoneId;

/** The office's time zone: times are stored in UTC and shown to staff in theirs. */
final class OfficeTime {

    static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    private OfficeTime() {
    }
}
