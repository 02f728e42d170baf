package org.entente.cli.load;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.entente.cli.load.Dataset.ActorSpec;
import org.entente.cli.load.Dataset.EventSpec;
import org.entente.cli.load.Dataset.MembershipSpec;
import org.entente.cli.load.Dataset.PositionSpec;
import org.entente.cli.load.Dataset.SourceSpec;

/**
 * A dataset without some of its actors and without every fact that names one of them, each
 * reported at its line: what an FtM file keeps when an entity turns out not to be loadable once
 * the graph is read (its name is shared by several existing actors), so that the rest loads and
 * no fact is written without one of its actors.
 */
final class DatasetPruning {
    record Pruned(Dataset dataset, List<DatasetProblem> skipped) {}

    private DatasetPruning() {}

    static Pruned without(Dataset d, Set<String> handles) {
        if (handles.isEmpty()) {
            return new Pruned(d, List.of());
        }
        List<DatasetProblem> skipped = new ArrayList<>();
        List<ActorSpec> actors =
                d.actors().stream().filter(a -> !handles.contains(a.handle())).toList();
        List<SourceSpec> sources = d.sources().stream()
                .map(s -> handles.contains(s.publisher())
                        ? new SourceSpec(s.line(), s.ref(), s.title(), s.url(), null, s.publishedAt(), s.retrievedAt())
                        : s)
                .toList();
        List<MembershipSpec> memberships = new ArrayList<>();
        for (MembershipSpec m : d.memberships()) {
            if (keeps(m.line(), "Membership", List.of(m.member(), m.organization()), handles, skipped)) {
                memberships.add(m);
            }
        }
        List<PositionSpec> positions = new ArrayList<>();
        for (PositionSpec p : d.positions()) {
            if (keeps(p.line(), "Occupancy", List.of(p.holder(), p.organization()), handles, skipped)) {
                positions.add(p);
            }
        }
        List<EventSpec> events = new ArrayList<>();
        for (EventSpec e : d.events()) {
            List<String> participants = e.participants().stream()
                    .map(Dataset.ParticipantSpec::actor)
                    .toList();
            if (keeps(e.line(), "Event", participants, handles, skipped)) {
                events.add(e);
            }
        }
        skipped.sort(null);
        return new Pruned(
                new Dataset(sources, actors, memberships, positions, events, d.statements(), d.handlesGenerated()),
                skipped);
    }

    private static boolean keeps(
            int line, String what, List<String> names, Set<String> handles, List<DatasetProblem> skipped) {
        for (String name : names) {
            if (handles.contains(name)) {
                skipped.add(new DatasetProblem(line, what + " skipped: it names an actor that is skipped"));
                return false;
            }
        }
        return true;
    }
}
