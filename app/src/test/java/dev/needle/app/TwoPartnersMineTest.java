package dev.needle.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.needle.adapter.tui.core.Navigator;
import dev.needle.adapter.tui.core.Ui;
import dev.needle.adapter.tui.screen.Screens;
import dev.needle.application.port.in.CaptureContactUseCase;
import dev.needle.application.port.in.MyTodayUseCase.MyDay;
import dev.needle.application.port.in.SetDirectionUseCase;
import dev.needle.application.service.MeetingDefaults;
import dev.needle.domain.Assignment;
import dev.needle.domain.Contact;
import dev.needle.domain.DirectionKind;
import dev.needle.domain.Teammate;
import dev.needle.domain.TeammateId;
import dev.needle.domain.triage.TriageSettings;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two partners, Alice (whose database it was) and Bob, each with the use cases their own session wires,
 * over one H2 database: what one gives the other reaches the other's Today.
 */
class TwoPartnersMineTest {
    private final SystemClock clock = new SystemClock(Clock.systemDefaultZone());
    @TempDir
    Path dir;
    private OpenDatabase db;
    private Teammate alice;
    private Teammate bob;
    private UseCases alices;
    private UseCases bobs;

    private UseCases wiredFor(Teammate who) {
        return UseCases.wire(db.stores(), clock, TriageSettings.defaults(), MeetingDefaults.standard(), () -> who);
    }

    private Contact capture(UseCases u, String name) {
        return u.captureContact().capture(new CaptureContactUseCase.Command(name, "", "", Optional.empty(), Set.of(),
                Optional.of(clock.today())));
    }

    @BeforeEach
    void open() {
        db = Databases.open(Optional.empty(), dir, Map.of());
        alice = db.stores().team().join(new Teammate(new TeammateId(db.stores().ids().next()), "Alice", LocalDate.now()));
        bob = db.stores().team().join(new Teammate(new TeammateId(db.stores().ids().next()), "Bob", LocalDate.now()));
        alices = wiredFor(alice);
        bobs = wiredFor(bob);
        alices.setDirection().setDirection(new SetDirectionUseCase.Command(DirectionKind.JOB_SEARCH,
                "Open a second bakery", Set.of()));
    }

    @AfterEach
    void close() throws Exception {
        db.close();
    }

    @Test
    void aFollowUpAliceGivesBobIsFirstOnBobsTodayAndNotAliceOwn() {
        Contact ann = capture(alices, "Ann Lee");
        capture(bobs, "Zed Young");
        long bobSaw = bobs.week().checkForChanges().changeMark();

        alices.mine().assign().assignFollowUp(ann.id(), bob.id());

        assertThat(bobs.week().checkForChanges().changeMark()).isNotEqualTo(bobSaw);
        MyDay bobsDay = bobs.mine().today().myDay();
        assertThat(bobsDay.myFollowUps()).extracting(Contact::name).containsExactly("Ann Lee", "Zed Young");
        MyDay alicesDay = alices.mine().today().myDay();
        assertThat(alicesDay.myFollowUps()).extracting(Contact::name).doesNotContain("Ann Lee");
        assertThat(alicesDay.teamFollowUps()).extracting(Contact::name).containsExactly("Ann Lee", "Zed Young");

        Navigator bobsScreen = new Navigator(TerminalUi.forTui(bobs), new Screens());
        Ui today = bobsScreen.start(80, 24);
        String body = String.join("\n", today.current().body(80, 18).stream().map(dev.needle.adapter.tui.core.Line::text).toList());
        assertThat(body.indexOf("My follow-ups")).isLessThan(body.indexOf("Ann Lee"));
        assertThat(body).doesNotContain("The team's follow-ups");
    }

    @Test
    void whoAddsAContactOwnsItAndTheFoundersNeedNoRow() {
        Contact ann = capture(alices, "Ann Lee");
        Contact ben = capture(bobs, "Ben Ng");

        assertThat(alices.mine().assign().whose().owner(ben.id())).isEqualTo(bob);
        assertThat(bobs.mine().assign().whose().owner(ann.id())).isEqualTo(alice);
        assertThat(db.stores().assignments().find(Assignment.Duty.OWNER, ann.id().value())).isEmpty();
        assertThat(db.stores().assignments().find(Assignment.Duty.OWNER, ben.id().value())).contains(bob.id());
    }

    @Test
    void mineOnTheListingCommandsKeepsOnlyOnesOwnAndJsonNamesOwners(@TempDir Path home) throws Exception {
        String founder;
        try (OpenDatabase shared = Databases.open(Optional.empty(), home.resolve("data"), Map.of())) {
            UseCases first = UseCases.wire(shared.stores(), clock, TriageSettings.defaults(), MeetingDefaults.standard(),
                    LocalPerson.ofAccount(shared.stores(), clock));
            Contact ann = first.captureContact().capture(CaptureContactUseCase.Command.named("Ann Lee"));
            founder = first.team().me().name();
            Teammate partner = shared.stores().team().join(
                    new Teammate(new TeammateId(shared.stores().ids().next()), "Bob", LocalDate.now()));
            UseCases second = UseCases.wire(shared.stores(), clock, TriageSettings.defaults(), MeetingDefaults.standard(),
                    () -> partner);
            Contact ben = second.captureContact().capture(CaptureContactUseCase.Command.named("Ben Ng"));
            second.mine().assign().assignFollowUp(ben.id(), first.team().me().id());
            first.touch().keepInTouch().setCadence(ann.id(), Optional.of(dev.needle.domain.Cadence.parse("1w")));
            first.touch().keepInTouch().setCadence(ben.id(), Optional.of(dev.needle.domain.Cadence.parse("1w")));
        }
        CliRun cli = new CliRun(home);

        assertThat(cli.onDisk("contacts", "--mine")).isZero();
        assertThat(cli.out).contains("Ann Lee").doesNotContain("Ben Ng");
        assertThat(cli.onDisk("contacts")).isZero();
        assertThat(cli.out).contains("Ann Lee").contains("Ben Ng");
        assertThat(cli.onDisk("contacts", "Ben", "--json")).isZero();
        assertThat(cli.out).contains("\"owner\":\"Bob\"").contains("\"follow_up_by\":\"" + founder + "\"");
        assertThat(cli.onDisk("due", "--within", "30d", "--mine", "--json")).isZero();
        assertThat(cli.out).contains("Ann Lee").doesNotContain("Ben Ng").contains("\"owner\":\"" + founder + "\"");
        assertThat(cli.onDisk("contacts", "--help")).isZero();
        assertThat(cli.out).contains("--mine");
    }
}
