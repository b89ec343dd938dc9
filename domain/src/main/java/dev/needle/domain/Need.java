package dev.needle.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * One concrete thing the direction needs. {@code priority} is the need's place in the user's list
 * (1 is the most important), which is also the number reasons cite ("matches need 2").
 * {@code version} counts saves; 0 means not stored yet.
 */
public record Need(NeedId id, String title, NeedKind kind, List<Target> targets, int priority, NeedStatus status,
                   Optional<ContactId> metBy, Optional<LocalDate> metOn, String notes, long version) {

    /** The fields a change, an undo or a merge works on, one by one. */
    public static final FieldSet<Need> FIELDS = FieldSet.<Need>of("need", (n, v) -> new Need(n.id, v.get("title"),
                    v.get("kind"), v.get("targets"), v.get("place"), v.get("status"), v.get("met by"), v.get("met on"),
                    v.get("notes"), n.version))
            .field("title", Need::title).field("kind", Need::kind).field("targets", Need::targets)
            .field("place", Need::priority).field("status", Need::status).field("met by", Need::metBy)
            .field("met on", Need::metOn).field("notes", Need::notes)
            .build();

    public Need {
        Check.notNull("need id", id);
        title = Check.required("title", title, 200);
        Check.notNull("kind", kind);
        targets = Check.list("targets", targets);
        if (priority < 1) {
            throw new InvalidValueException("priority", "Priority is a place in the list, 1 or more, not " + priority + ".");
        }
        Check.notNull("status", status);
        metBy = Check.opt(metBy);
        metOn = Check.opt(metOn);
        notes = Check.optional("notes", notes, 20_000);
        if (status == NeedStatus.MET && (metBy.isEmpty() || metOn.isEmpty())) {
            throw new InvalidValueException("metBy", "A need marked met says who met it and when.");
        }
        if (status != NeedStatus.MET && (metBy.isPresent() || metOn.isPresent())) {
            throw new InvalidValueException("metBy", "Only a met need records who met it.");
        }
        if (version < 0) {
            throw new InvalidValueException("version", "Version cannot be negative.");
        }
    }

    public static Need open(NeedId id, String title, NeedKind kind, List<Target> targets, int priority) {
        return new Need(id, title, kind, targets, priority, NeedStatus.OPEN, Optional.empty(), Optional.empty(), "", 0);
    }

    public boolean isActive() {
        return status.isActive();
    }

    public Need markMet(ContactId by, LocalDate on) {
        return new Need(id, title, kind, targets, priority, NeedStatus.MET, Optional.of(by), Optional.of(on), notes, version);
    }

    public Need drop() {
        return withStatus(NeedStatus.DROPPED);
    }

    /** A first interaction that advances an open need puts it in progress; other states stay. */
    public Need advanced() {
        return status == NeedStatus.OPEN ? withStatus(NeedStatus.IN_PROGRESS) : this;
    }

    public Need reopen() {
        return withStatus(NeedStatus.OPEN);
    }

    public Need withStatus(NeedStatus newStatus) {
        if (newStatus == NeedStatus.MET) {
            throw new InvalidValueException("metBy", "Use markMet: a met need says who met it and when.");
        }
        return new Need(id, title, kind, targets, priority, newStatus, Optional.empty(), Optional.empty(), notes, version);
    }

    public Need withPriority(int newPriority) {
        return new Need(id, title, kind, targets, newPriority, status, metBy, metOn, notes, version);
    }

    public Need withDetails(String newTitle, NeedKind newKind, List<Target> newTargets, String newNotes) {
        return new Need(id, newTitle, newKind, newTargets, priority, status, metBy, metOn, newNotes, version);
    }

    public Need withVersion(long newVersion) {
        return new Need(id, title, kind, targets, priority, status, metBy, metOn, notes, newVersion);
    }

    /** The targets this contact matches, in the order the need lists them. */
    public List<Target> targetsMatchedBy(Contact contact) {
        return targets.stream().filter(t -> t.isMatchedBy(contact)).toList();
    }

    /** The subject to ask about: the first target's value, or the title when there is none. */
    public String subject() {
        return targets.isEmpty() ? title : targets.get(0).value();
    }

    /** What to ask a person who might help with this need, by its kind and its first target's type. */
    public String question() {
        return NeedWords.question(this, Voice.I);
    }

    /** What to ask, in the words of {@code voice}'s direction ("our pricing" for a business). */
    public String question(DirectionKind voice) {
        return question(voice.voice());
    }

    /** What to ask, in this voice ("our pricing" for a team, "my pricing" for one person). */
    public String question(Voice voice) {
        return NeedWords.question(this, voice);
    }

    /**
     * The need as what you are looking for: "an introduction to someone at XYZ Corp", said as the
     * direction speaks ("our pitch deck" for a business, "my" otherwise).
     */
    public String phrase(DirectionKind voice) {
        return phrase(voice.voice());
    }

    /** The need as what you are looking for, in this voice. */
    public String phrase(Voice voice) {
        return NeedWords.phrase(this, voice);
    }

    /** The same, said to someone who works at the need's company ({@link #namesTheCompanyOf}) when {@code there}. */
    public String phrase(Voice voice, boolean there) {
        return NeedWords.phrase(this, voice, there);
    }

    /**
     * This need as said to {@code person}: when they work at one of its companies, that company comes
     * first, so a message to someone at Tibber speaks of Tibber and not of the first company listed. A
     * topic naming the company they work at ("1KOMMA5", typed without "company:") is that company.
     */
    public Need spokenTo(Contact person) {
        for (int i = 0; i < targets.size(); i++) {
            Target t = targets.get(i);
            Target asCompany = t.kind() == TargetKind.TOPIC ? Target.company(t.value()) : t;
            if (asCompany.worksAt(person)) {
                return withFirst(i, asCompany);
            }
        }
        return this;
    }

    /**
     * This need with the target {@code person} matches first, so a question to them is about what they
     * know: an engineer who fits "company:Aramco, role:engineer" by the role is not asked about Aramco.
     */
    public Need aboutWhatMatches(Contact person) {
        List<Target> matched = targetsMatchedBy(person);
        return matched.isEmpty() ? this : withFirst(targets.indexOf(matched.get(0)), matched.get(0));
    }

    /** This need with {@code first} in place of the target at {@code index}, moved to the front. */
    private Need withFirst(int index, Target first) {
        if (index == 0 && first.equals(targets.get(0))) {
            return this;
        }
        List<Target> reordered = new java.util.ArrayList<>(targets);
        reordered.remove(index);
        reordered.add(0, first);
        return new Need(id, title, kind, reordered, priority, status, metBy, metOn, notes, version);
    }

    /** Whether {@code person} works at the company this need is first about. */
    public boolean namesTheCompanyOf(Contact person) {
        return !targets.isEmpty() && targets.get(0).worksAt(person);
    }

    /** "need 2 — informational interview in market research" as reasons cite it. */
    public String citation() {
        return "need " + priority + " — " + title;
    }
}
