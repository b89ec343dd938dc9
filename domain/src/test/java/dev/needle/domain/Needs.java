package dev.needle.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Test-data builder for needs; the id defaults to the priority so "need 2" is need id 2. */
public final class Needs {
    private Needs() {
    }

    public static Builder need(int priority, String title) {
        return new Builder(priority, title);
    }

    /** Fluent builder; {@link #build()} goes through the real constructor and its checks. */
    public static final class Builder {
        private final int priority;
        private final String title;
        private long id;
        private NeedKind kind = NeedKind.OTHER;
        private final List<Target> targets = new ArrayList<>();
        private NeedStatus status = NeedStatus.OPEN;

        private Builder(int priority, String title) {
            this.priority = priority;
            this.title = title;
            this.id = priority;
        }

        public Builder id(long value) { id = value; return this; }
        public Builder kind(NeedKind value) { kind = value; return this; }
        public Builder company(String value) { targets.add(Target.company(value)); return this; }
        public Builder role(String value) { targets.add(Target.role(value)); return this; }
        public Builder topic(String value) { targets.add(Target.topic(value)); return this; }
        public Builder status(NeedStatus value) { status = value; return this; }

        public Need build() {
            Need need = Need.open(new NeedId(id), title, kind, targets, priority);
            return switch (status) {
                case OPEN -> need;
                case MET -> need.markMet(new ContactId(1), LocalDate.of(2024, 1, 2));
                default -> need.withStatus(status);
            };
        }
    }
}
