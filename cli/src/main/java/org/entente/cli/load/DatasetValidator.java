package org.entente.cli.load;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.entente.cli.load.Dataset.*;
import org.entente.dates.PartialDate;

/**
 * Checks the meaning of a parsed dataset before anything is written: required fields,
 * enum values the API accepts, partial dates and their order, and that every reference
 * (actor handle, source ref, event key) resolves inside the file. Returns every problem.
 */
public final class DatasetValidator {
    private static final Pattern HANDLE = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Pattern COUNTRY = Pattern.compile("[A-Z]{3}");

    private final Vocabulary vocabulary;
    private final List<DatasetProblem> problems = new ArrayList<>();
    private final Map<String, ActorSpec> actors = new HashMap<>();
    private final Set<String> sources = new HashSet<>();
    private final Set<String> events = new HashSet<>();
    private final Set<String> earlierHandles;

    private DatasetValidator(Vocabulary vocabulary, Set<String> earlierHandles) {
        this.vocabulary = vocabulary;
        this.earlierHandles = earlierHandles;
    }

    public static List<DatasetProblem> validate(Dataset dataset, Vocabulary vocabulary) {
        return validate(dataset, vocabulary, Set.of());
    }

    /** {@code earlierHandles}: the actor handles of the files loaded before this one in the same run, which it may name. */
    public static List<DatasetProblem> validate(Dataset dataset, Vocabulary vocabulary, Set<String> earlierHandles) {
        DatasetValidator v = new DatasetValidator(vocabulary, earlierHandles);
        v.run(dataset);
        Collections.sort(v.problems);
        return v.problems;
    }

    private void run(Dataset d) {
        for (SourceSpec s : d.sources()) {
            if (required(s.line(), "ref", s.ref()) && !sources.add(s.ref())) {
                problem(s.line(), "source ref '" + s.ref() + "' is used twice");
            }
            required(s.line(), "title", s.title());
        }
        for (ActorSpec a : d.actors()) {
            if (required(a.line(), "handle", a.handle())) {
                if (!HANDLE.matcher(a.handle()).matches()) {
                    problem(a.line(), "handle '" + a.handle() + "' must be lowercase words joined by '-'");
                }
                if (actors.putIfAbsent(a.handle(), a) != null) {
                    problem(a.line(), "actor handle '" + a.handle() + "' is used twice");
                }
            }
            enumValue(a.line(), "ActorKind", "kind", a.kind(), true);
            required(a.line(), "name", a.name());
            if (a.countryCode() != null && !COUNTRY.matcher(a.countryCode()).matches()) {
                problem(
                        a.line(),
                        "countryCode '" + a.countryCode() + "' must be three capital letters (ISO 3166-1 alpha-3)");
            }
        }
        for (SourceSpec s : d.sources()) {
            actorRef(s.line(), "publisher", s.publisher(), false);
        }
        for (ActorSpec a : d.actors()) {
            actorRef(a.line(), "parent", a.parent(), false);
        }
        checkParentCycles(d.actors());

        for (MembershipSpec m : d.memberships()) {
            actorRef(m.line(), "member", m.member(), true);
            actorRef(m.line(), "organization", m.organization(), true);
            enumValue(m.line(), "MembershipRole", "role", m.role(), true);
            interval(m.line(), m.since(), m.until(), "since", "until");
            cites(m.line(), m.cites());
        }
        for (PositionSpec p : d.positions()) {
            actorRef(p.line(), "holder", p.holder(), true);
            actorRef(p.line(), "organization", p.organization(), true);
            required(p.line(), "title", p.title());
            interval(p.line(), p.since(), p.until(), "since", "until");
            cites(p.line(), p.cites());
        }
        for (EventSpec e : d.events()) {
            if (required(e.line(), "key", e.key()) && !events.add(e.key())) {
                problem(e.line(), "event key '" + e.key() + "' is used twice");
            }
            enumValue(e.line(), "EventType", "type", e.type(), true);
            required(e.line(), "title", e.title());
            interval(e.line(), e.date(), e.endDate(), "date", "endDate");
            if (e.endDate() != null && e.date() == null) {
                problem(e.line(), "endDate needs a date");
            }
            for (ParticipantSpec p : e.participants()) {
                actorRef(p.line(), "actor", p.actor(), true);
                enumValue(p.line(), "ParticipantRole", "role", p.role(), true);
            }
            cites(e.line(), e.cites());
        }
        Set<String> statementKeys = new HashSet<>();
        for (StatementSpec s : d.statements()) {
            if (required(s.line(), "key", s.key()) && !statementKeys.add(s.key())) {
                problem(s.line(), "statement key '" + s.key() + "' is used twice");
            }
            enumValue(s.line(), "StatementKind", "kind", s.kind(), true);
            required(s.line(), "text", s.text());
            actorRef(s.line(), "speaker", s.speaker(), false);
            actorRef(s.line(), "reportedBy", s.reportedBy(), false);
            for (String about : s.about()) {
                actorRef(s.line(), "about", about, true);
            }
            enumValue(s.line(), "Stance", "stance", s.stance(), false);
            if (s.date() != null && !PartialDate.isValid(s.date())) {
                problem(s.line(), "date '" + s.date() + "' is not a partial date (YYYY, YYYY-MM or YYYY-MM-DD)");
            }
            if (s.event() != null && !events.contains(s.event())) {
                problem(s.line(), "event '" + s.event() + "' is not an event key of this file");
            }
            if (s.cites().size() > 1) {
                problem(s.line(), "a statement cites exactly one source");
            }
            cites(s.line(), s.cites());
        }
        if (sources.isEmpty()
                && !(d.memberships().isEmpty()
                        && d.positions().isEmpty()
                        && d.events().isEmpty()
                        && d.statements().isEmpty())) {
            problem(1, "facts need a source: add a 'sources' section");
        }
    }

    private void checkParentCycles(List<ActorSpec> list) {
        for (ActorSpec start : list) {
            Set<String> seen = new HashSet<>();
            ActorSpec current = start;
            while (current != null && current.parent() != null) {
                if (!seen.add(current.handle())) {
                    problem(start.line(), "parent chain of '" + start.handle() + "' is a cycle");
                    break;
                }
                current = actors.get(current.parent());
            }
        }
    }

    private void interval(int line, String from, String to, String fromName, String toName) {
        PartialDate since = date(line, fromName, from);
        PartialDate until = date(line, toName, to);
        if (since != null && until != null && until.end().isBefore(since.start())) {
            problem(line, toName + " " + to + " is before " + fromName + " " + from);
        }
    }

    /** The date of an optional field, or null when it is absent or (reported here) malformed. */
    private PartialDate date(int line, String name, String text) {
        if (text == null) {
            return null;
        }
        if (!PartialDate.isValid(text)) {
            problem(line, name + " '" + text + "' is not a partial date (YYYY, YYYY-MM or YYYY-MM-DD)");
            return null;
        }
        return PartialDate.parse(text);
    }

    private void cites(int line, List<String> refs) {
        for (String ref : refs) {
            if (!sources.contains(ref)) {
                problem(line, "cites '" + ref + "', which is not a source ref of this file");
            }
        }
    }

    private void actorRef(int line, String field, String handle, boolean needed) {
        if (handle == null) {
            if (needed) {
                problem(line, "'" + field + "' is required");
            }
        } else if (!actors.containsKey(handle) && !earlierHandles.contains(handle)) {
            problem(line, field + " '" + handle + "' is not an actor handle of this file or of an earlier one");
        }
    }

    private void enumValue(int line, String enumName, String field, String value, boolean needed) {
        if (value == null) {
            if (needed) {
                problem(line, "'" + field + "' is required");
            }
        } else if (!vocabulary.values(enumName).contains(value)) {
            problem(line, field + " '" + value + "' is not one of " + new TreeSet<>(vocabulary.values(enumName)));
        }
    }

    private boolean required(int line, String field, String value) {
        if (value == null || value.isBlank()) {
            problem(line, "'" + field + "' is required");
            return false;
        }
        return true;
    }

    private void problem(int line, String message) {
        problems.add(new DatasetProblem(line, message));
    }
}
