package org.entente.cli.generate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Consumer;

/**
 * Memberships and positions over time. States join international organizations (a few big ones
 * have most states as members), some organizations join others, persons join parties; every
 * person holds one to three offices in a row. Consecutive phases of one member in one
 * organization never share a role, so the service's no-overlap rule holds.
 */
public final class DatedFacts {
    private static final String[][] ROLE_HISTORIES = {
        {"MEMBER"},
        {"FOUNDING_MEMBER"},
        {"APPLICANT", "MEMBER"},
        {"OBSERVER", "MEMBER"},
        {"MEMBER", "SUSPENDED", "MEMBER"},
        {"DIALOGUE_PARTNER", "PARTNER"},
        {"INVITED", "MEMBER"}
    };
    static final String MEMBERSHIP_COLUMNS =
            "id, member_id, organization_id, role, since, until, first_day, last_day, source_ids";
    static final String POSITION_COLUMNS =
            "id, holder_id, organization_id, title, since, until, first_day, last_day, source_ids";

    private final long seed;
    private final ActorCatalog actors;
    private final long[] internationalOrganizations;
    private final long[] groups;
    private final Zipf organizationSkew;
    private final Zipf groupSkew;
    private final Zipf officeSkew;

    public DatedFacts(long seed, ActorCatalog actors) {
        this.seed = seed;
        this.actors = actors;
        Scale scale = actors.scale();
        List<Long> ios = new ArrayList<>();
        List<Long> parties = new ArrayList<>();
        for (long id = scale.firstOrganization(); id < scale.firstMedia(); id++) {
            String kind = actors.kind(id);
            if (kind.equals("INTERNATIONAL_ORGANIZATION")) {
                ios.add(id);
            } else if (kind.equals("GROUP")) {
                parties.add(id);
            }
        }
        if (ios.isEmpty()) {
            ios.add(scale.firstOrganization());
        }
        if (parties.isEmpty()) {
            parties.add(ios.get(0));
        }
        internationalOrganizations = ios.stream().mapToLong(Long::longValue).toArray();
        groups = parties.stream().mapToLong(Long::longValue).toArray();
        organizationSkew = new Zipf(internationalOrganizations.length, 0.9);
        groupSkew = new Zipf(groups.length, 1.0);
        officeSkew = new Zipf((int) (scale.firstPerson() - 1), 0.8);
    }

    /** Emits every membership row in a fixed order; ids count from 1. */
    public void memberships(Consumer<CopyRow> sink) {
        CopyRow row = new CopyRow();
        long[] nextId = {1};
        Scale scale = actors.scale();
        for (long member = 1; member < scale.firstMedia(); member++) {
            SplittableRandom random = Seeds.forRow(seed, Seeds.Table.MEMBERSHIP, member);
            boolean state = member < scale.firstOrganization();
            int count = state ? 2 + random.nextInt(12) : random.nextInt(5) == 0 ? 1 : 0;
            for (long organization : distinct(random, count, organizationSkew, internationalOrganizations, member)) {
                history(random, member, organization, row, nextId, sink);
            }
        }
        for (long person = scale.firstPerson(); person <= scale.actors(); person++) {
            SplittableRandom random = Seeds.forRow(seed, Seeds.Table.MEMBERSHIP, person);
            if (random.nextInt(5) < 2) {
                for (long party : distinct(random, 1, groupSkew, groups, person)) {
                    history(random, person, party, row, nextId, sink);
                }
            }
        }
    }

    /** Emits one to three consecutive offices per person; ids count from 1. */
    public void positions(Consumer<CopyRow> sink) {
        CopyRow row = new CopyRow();
        long id = 1;
        Scale scale = actors.scale();
        for (long person = scale.firstPerson(); person <= scale.actors(); person++) {
            SplittableRandom random = Seeds.forRow(seed, Seeds.Table.POSITION, person);
            int count = 1 + random.nextInt(3);
            LocalDate start = LocalDate.of(1975 + random.nextInt(45), 1, 1).plusDays(random.nextInt(365));
            for (int i = 0; i < count; i++) {
                long organization = officeSkew.sample(random) + 1L;
                LocalDate end = start.plusDays(200 + random.nextInt(2500));
                boolean open = i == count - 1 && (random.nextInt(5) < 3 || end.isAfter(LocalDate.of(2025, 12, 31)));
                GeneratedDate since = GeneratedDate.atPrecision(random, start, 0.6, 0.3);
                GeneratedDate until = open ? null : GeneratedDate.atPrecision(random, end, 0.6, 0.3);
                row.number(id++).number(person).number(organization).text(Words.pick(random, Words.TITLES));
                dated(row, since, until).array(sourceIds(random));
                sink.accept(row);
                start = end.plusDays(1 + random.nextInt(400));
            }
        }
    }

    private void history(
            SplittableRandom random,
            long member,
            long organization,
            CopyRow row,
            long[] nextId,
            Consumer<CopyRow> sink) {
        String[] roles = ROLE_HISTORIES[random.nextInt(ROLE_HISTORIES.length)];
        LocalDate start = LocalDate.of(1950 + random.nextInt(72), 1, 1).plusDays(random.nextInt(365));
        boolean unknownStart = random.nextInt(10) == 0;
        for (int i = 0; i < roles.length; i++) {
            LocalDate end = start.plusDays(60 + random.nextInt(3000));
            boolean last = i == roles.length - 1;
            boolean open = last && (random.nextInt(4) > 0 || end.isAfter(LocalDate.of(2025, 12, 31)));
            GeneratedDate since = i == 0 && unknownStart ? null : GeneratedDate.atPrecision(random, start, 0.5, 0.3);
            GeneratedDate until = open ? null : GeneratedDate.atPrecision(random, end, 0.5, 0.3);
            row.number(nextId[0]++).number(member).number(organization).text(roles[i]);
            dated(row, since, until).array(sourceIds(random));
            sink.accept(row);
            start = end.plusDays(1);
        }
    }

    private static CopyRow dated(CopyRow row, GeneratedDate since, GeneratedDate until) {
        return row.text(since == null ? null : since.text())
                .text(until == null ? null : until.text())
                .date(since == null ? null : since.start())
                .date(until == null ? null : until.end());
    }

    private List<String> sourceIds(SplittableRandom random) {
        int sources = actors.scale().sources();
        String first = Long.toString(1 + random.nextInt(sources));
        return random.nextInt(4) == 0
                ? List.of(first, Long.toString(1 + random.nextInt(sources))).stream()
                        .distinct()
                        .toList()
                : List.of(first);
    }

    /** Up to {@code count} distinct organizations drawn with the skew, never the member itself. */
    private static List<Long> distinct(SplittableRandom random, int count, Zipf skew, long[] candidates, long member) {
        List<Long> chosen = new ArrayList<>(count);
        for (int attempt = 0; chosen.size() < Math.min(count, candidates.length) && attempt < count * 8; attempt++) {
            long candidate = candidates[skew.sample(random)];
            if (candidate != member && !chosen.contains(candidate)) {
                chosen.add(candidate);
            }
        }
        return chosen;
    }
}
