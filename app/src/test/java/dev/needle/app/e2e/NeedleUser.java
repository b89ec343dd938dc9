package dev.needle.app.e2e;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * A person at the keyboard of a running Needle: each step presses the keys the hint bar offers and
 * then waits for the screen to show that it happened, so no step races the one before (a key sent
 * right after Esc would otherwise read as Alt+key).
 */
final class NeedleUser {
    private final Tmux tmux;
    private final List<String> people = new ArrayList<>();

    NeedleUser(Tmux tmux) {
        this.tmux = tmux;
    }

    /** Someone to capture: name, company, role; empty parts are left empty. */
    record Person(String name, String company, String role) {
    }

    /** The three-step first run: the direction with what I offer, one need, no budget. */
    void setUp(String statement, String offers, String needTitle, String needTargets) throws IOException, InterruptedException {
        tmux.waitForText("Setup 1/3");
        tmux.sendKeys("Tab");
        tmux.type(statement);
        tmux.sendKeys("Tab");
        tmux.type(offers);
        tmux.sendKeys("C-s");
        tmux.waitForText("Setup 2/3");
        tmux.type(needTitle);
        tmux.sendKeys("Tab", "Tab");
        tmux.type(needTargets);
        tmux.sendKeys("C-s");
        tmux.waitForText("Setup 3/3");
        tmux.sendKeys("C-s");
        tmux.waitForText("All set");
    }

    void addNeed(String title, String targets) throws IOException, InterruptedException {
        goTo('2', "Need ");
        tmux.sendKeys("a");
        tmux.waitForText("Add need");
        tmux.type(title);
        tmux.sendKeys("Tab", "Tab");
        tmux.type(targets);
        tmux.sendKeys("C-s");
        tmux.waitForText(": " + title + ".");
    }

    /** Fast capture, one person after another, then Esc back to the list. */
    void capture(Person... persons) throws IOException, InterruptedException {
        goTo('3', "Stage");
        tmux.sendKeys("a");
        tmux.waitFor("Contacts › Capture", screen -> crumbs(screen, "Contacts", "Capture"));
        for (Person person : persons) {
            tmux.type(person.name());
            tmux.sendKeys("Tab");
            tmux.type(person.company());
            tmux.sendKeys("Tab");
            tmux.type(person.role());
            tmux.sendKeys("Enter");
            tmux.waitForText("Saved " + person.name() + ".");
            people.add(person.name());
        }
        tmux.sendKeys("Escape");
        tmux.waitFor("Contacts › Capture gone", screen -> !crumbs(screen, "Contacts", "Capture"));
    }

    /** Filters the contact list down to {@code name}, so the next key acts on that person. */
    void select(String name) throws IOException, InterruptedException {
        goTo('3', "Stage");
        tmux.sendKeys("/");
        tmux.type(name);
        tmux.sendKeys("Enter");
        tmux.waitFor("the list filtered to " + name, screen -> screen.contains(name)
                && people.stream().filter(other -> !other.equals(name)).noneMatch(screen::contains));
    }

    /** Opens the full edit form and types what the person is looking for. */
    void setLookingFor(String name, String lookingFor) throws IOException, InterruptedException {
        select(name);
        tmux.sendKeys("e");
        tmux.waitFor("Contacts › Edit contact", screen -> crumbs(screen, "Contacts", "Edit contact"));
        for (int field = 0; field < 8; field++) {
            tmux.sendKeys("Tab");
        }
        tmux.waitForText("> Looking for");
        tmux.type(lookingFor);
        tmux.sendKeys("C-s");
        tmux.waitForText("Saved " + name + ".");
    }

    /** Opens the full edit form and types {@code more} at the end of the person's role. */
    void appendToRole(String name, String more) throws IOException, InterruptedException {
        select(name);
        tmux.sendKeys("e");
        tmux.waitFor("Contacts › Edit contact", screen -> crumbs(screen, "Contacts", "Edit contact"));
        tmux.sendKeys("Tab");
        tmux.sendKeys("Tab");
        tmux.waitForText("> Role");
        tmux.type(more);
        tmux.sendKeys("C-s");
        tmux.waitForText("Saved " + name + ".");
    }

    /** {@code t} on the person, records what they asked for over coffee, and returns the verdict screen. */
    String triage(String name, String ask) throws IOException, InterruptedException {
        select(name);
        tmux.sendKeys("t");
        tmux.waitFor("Contacts › Meeting request", screen -> crumbs(screen, "Contacts", "Meeting request"));
        tmux.type(ask);
        tmux.sendKeys("Enter");
        return tmux.waitFor("the verdict on " + name, screen -> crumbs(screen, "Contacts", "Triage")
                && screen.contains(name + " asks: " + ask) && screen.contains("Esc back"));
    }

    /** On the verdict screen: x, confirm with y, and wait for the outcome. */
    void declineKindly() throws IOException, InterruptedException {
        tmux.sendKeys("x");
        tmux.waitForText("y/N");
        tmux.sendKeys("y");
        tmux.waitForText("Decided: declined kindly");
    }

    void goTo(char screen, String shownThere) throws IOException, InterruptedException {
        tmux.sendKeys(Character.toString(screen));
        tmux.waitFor("screen " + screen, text -> text.contains(shownThere) && !text.contains(" › ") && !text.contains(" > "));
    }

    /** Back to the top with Esc until no sub-screen is open, then q. */
    void quit() throws IOException, InterruptedException {
        goTo('2', "Need ");
        tmux.sendKeys("q");
        tmux.waitForText("[exit ");
    }

    /**
     * The path of screens in the tab row, as drawn under a UTF-8 locale ("Contacts › Capture") or, with
     * LANG=C, with its ASCII stand-in ("Contacts > Capture").
     */
    static boolean crumbs(String screen, String from, String to) {
        return screen.contains(from + " › " + to) || screen.contains(from + " > " + to);
    }
}
