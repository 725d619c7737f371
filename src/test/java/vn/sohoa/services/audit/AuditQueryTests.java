package vn.sohoa.services.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/** A question to the audit trail always reads a bounded period: a month by default, a year at most. */
class AuditQueryTests {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 2);

    @Test
    void withoutDaysTheLastMonthIsRead() {
        AuditQuery bounded = new AuditQuery("lan", null, null, null, 10).bounded(TODAY);
        assertThat(bounded.from()).isEqualTo(LocalDate.of(2026, 11, 2));
        assertThat(bounded.to()).isEqualTo(TODAY);
        assertThat(bounded.user()).isEqualTo("lan");
    }

    @Test
    void aMissingEndIsTodayAndAMissingStartAMonthBeforeTheEnd() {
        assertThat(new AuditQuery(null, null, LocalDate.of(2026, 6, 1), null, 10).bounded(TODAY).to()).isEqualTo(TODAY);
        assertThat(new AuditQuery(null, null, null, LocalDate.of(2025, 7, 31), 10).bounded(TODAY).from())
                .isEqualTo(LocalDate.of(2025, 7, 1));
        assertThat(new AuditQuery(null, null, LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31), 10).bounded(TODAY).from())
                .as("a whole year may be asked").isEqualTo(LocalDate.of(2025, 1, 1));
    }

    @Test
    void aPeriodLongerThanAYearIsRefused() {
        assertThatThrownBy(() -> new AuditQuery(null, null, LocalDate.of(2020, 1, 1), LocalDate.of(2025, 12, 31), 10).bounded(TODAY))
                .isInstanceOf(InvalidAuditQueryException.class).hasMessageContaining("at most 366 days")
                .satisfies(e -> assertThat(((InvalidAuditQueryException) e).code()).isEqualTo("audit-period-too-long"));
        assertThatThrownBy(() -> new AuditQuery(null, null, LocalDate.of(2024, 1, 1), null, 10).bounded(TODAY))
                .isInstanceOf(InvalidAuditQueryException.class);
    }
}
