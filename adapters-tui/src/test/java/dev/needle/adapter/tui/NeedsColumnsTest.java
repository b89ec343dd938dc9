package dev.needle.adapter.tui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.needle.application.port.in.AddNeedUseCase;
import dev.needle.domain.NeedKind;
import dev.needle.domain.Target;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The needs list at 80 columns gives the titles the room the kinds shown leave. */
class NeedsColumnsTest {

    @Test
    void aTitleIsNotCutWhileTheKindColumnStandsHalfEmpty() throws Exception {
        // The Kind column was as wide as the longest kind there is ("introduction to a target company"),
        // so "A print partner in Porto who can do short runs" showed as "A print partner in Porto who ca…".
        Wiring w = Seeds.withDirection();
        w.useCases.addNeed().addNeed(new AddNeedUseCase.Command("A print partner in Porto who can do short runs",
                NeedKind.VENDOR_PARTNER, List.of(Target.topic("printing")), ""));
        w.useCases.addNeed().addNeed(new AddNeedUseCase.Command("Three retail clients", NeedKind.LEADS,
                List.of(Target.role("buyer")), ""));
        try (Tui tui = Tui.on(w).press('2')) {
            assertThat(tui.row(tui.rowOf("A print partner"))).contains("A print partner in Porto who can do short runs")
                    .contains("vendor or partner");
        }
    }
}
