package org.entente.cli.generate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Consumer;

/**
 * Sources, events and statements as pure functions of (seed, id). Coverage is skewed like news:
 * participants and the actors statements are about follow a Zipf law over a fixed popularity
 * order, speakers a Zipf law over persons, and recent years have more events than old ones.
 */
public final class NewsCatalog {
    static final String SOURCE_COLUMNS =
            "id, title, url, url_key, external_key, publisher_id, published_at, retrieved_at, version";
    static final String EVENT_COLUMNS =
            "id, external_key, type, title, summary, date_text, date_start, date_precision, end_date_text, span_end, location, version";
    static final String PARTICIPANT_COLUMNS = "event_id, actor_id, role";
    static final String EVENT_SOURCE_COLUMNS = "event_id, source_id";
    static final String STATEMENT_COLUMNS =
            "id, external_key, kind, text, speaker_id, speaker_capacity, date_text, date_start, date_end, sort_start, sort_precision, event_id, stance, reported_by_id, source_id, version";
    static final String ABOUT_COLUMNS = "statement_id, actor_id";
    static final LocalDate UNDATED = LocalDate.of(9999, 12, 31);

    private static final String[] EVENT_TYPES = {
        "MEETING",
        "MEETING",
        "MEETING",
        "VISIT",
        "VISIT",
        "STATEMENT",
        "AGREEMENT",
        "JOINT_EXERCISE",
        "INVITATION",
        "APPLICATION",
        "ACCESSION",
        "OBSERVER_STATUS",
        "OTHER"
    };
    private static final String[] STANCES = {"SUPPORTS", "OPPOSES", "NEUTRAL", "UNKNOWN"};

    private final long seed;
    private final ActorCatalog actors;
    private final Scale scale;
    private final Zipf actorSkew;
    private final Zipf speakerSkew;

    public NewsCatalog(long seed, ActorCatalog actors) {
        this.seed = seed;
        this.actors = actors;
        this.scale = actors.scale();
        this.actorSkew = new Zipf(scale.actors(), 1.0);
        this.speakerSkew = new Zipf(Math.max(1, scale.persons()), 1.0);
    }

    public void sources(Consumer<CopyRow> sink) {
        CopyRow row = new CopyRow();
        for (long id = 1; id <= scale.sources(); id++) {
            SplittableRandom random = Seeds.forRow(seed, Seeds.Table.SOURCE, id);
            long publisher = scale.firstMedia() + random.nextInt(scale.media());
            GeneratedDate published =
                    GeneratedDate.between(random, LocalDate.of(1995, 1, 1), LocalDate.of(2025, 12, 31), 0.9, 0.1);
            String url =
                    "https://news.example.org/" + ActorCatalog.handle(actors.name(publisher), publisher) + "/" + id;
            row.number(id)
                    .text(Words.pick(random, Words.TOPICS) + ": report " + id)
                    .text(url)
                    .text(url)
                    .text(null)
                    .number(publisher)
                    .text(published.text())
                    .text(published.start() + " 12:00:00+00")
                    .number(0);
            sink.accept(row);
        }
    }

    /** The date of an event (null when undated): the first draws of the event's stream. */
    public GeneratedDate eventDate(long id) {
        return eventDate(Seeds.forRow(seed, Seeds.Table.EVENT, id));
    }

    private static GeneratedDate eventDate(SplittableRandom random) {
        if (random.nextInt(100) == 0) {
            return null;
        }
        double u = random.nextDouble();
        int year = 2025 - (int) (35 * u * u); // quadratic: recent years dominate
        return GeneratedDate.between(random, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), 0.7, 0.2);
    }

    public void events(Consumer<CopyRow> sink) {
        CopyRow row = new CopyRow();
        for (long id = 1; id <= scale.events(); id++) {
            SplittableRandom random = Seeds.forRow(seed, Seeds.Table.EVENT, id);
            GeneratedDate date = eventDate(random);
            List<Long> participants = participants(random);
            String type = Words.pick(random, EVENT_TYPES);
            GeneratedDate end = date != null && date.precision() == 3 && random.nextInt(10) == 0
                    ? GeneratedDate.day(date.start().plusDays(1 + random.nextInt(5)))
                    : null;
            String topic = Words.pick(random, Words.TOPICS);
            String first = actors.name(participants.get(0));
            String second = actors.name(participants.get(1));
            String title = first + " and " + second + ": " + topic + " "
                    + type.toLowerCase().replace('_', ' ');
            String summary = first + " " + Words.pick(random, Words.VERBS) + " the " + topic + " with " + second
                    + " after talks on " + Words.pick(random, Words.TOPICS) + ".";
            row.number(id)
                    .text(null)
                    .text(type)
                    .text(title)
                    .text(summary)
                    .text(date == null ? null : date.text())
                    .date(date == null ? UNDATED : date.start())
                    .number(date == null ? 0 : date.precision())
                    .text(end == null ? null : end.text())
                    .date(end != null ? end.end() : date != null ? date.end() : UNDATED)
                    .text(random.nextInt(10) < 7 ? Words.pick(random, Words.CITIES) : null)
                    .number(0);
            sink.accept(row);
        }
    }

    public void participants(Consumer<CopyRow> sink) {
        CopyRow row = new CopyRow();
        for (long id = 1; id <= scale.events(); id++) {
            SplittableRandom random = Seeds.forRow(seed, Seeds.Table.EVENT, id);
            eventDate(random);
            List<Long> participants = participants(random);
            boolean hosted = random.nextInt(10) == 0;
            for (int i = 0; i < participants.size(); i++) {
                String role = i == 0
                        ? "INITIATOR"
                        : i == 1 && participants.size() == 2
                                ? "TARGET"
                                : i == participants.size() - 1 && hosted ? "HOST" : "PARTICIPANT";
                row.number(id).number(participants.get(i)).text(role);
                sink.accept(row);
            }
        }
    }

    public void eventSources(Consumer<CopyRow> sink) {
        CopyRow row = new CopyRow();
        for (long id = 1; id <= scale.events(); id++) {
            SplittableRandom random = Seeds.forRow(seed, Seeds.Table.SOURCE, -id);
            int count = 1 + random.nextInt(3);
            List<Long> sources = new ArrayList<>(count);
            while (sources.size() < Math.min(count, scale.sources())) {
                long source = 1 + random.nextInt(scale.sources());
                if (!sources.contains(source)) {
                    sources.add(source);
                }
            }
            for (long source : sources) {
                row.number(id).number(source);
                sink.accept(row);
            }
        }
    }

    /** Two to eight distinct actors, mostly few, drawn with the news skew. */
    List<Long> participants(SplittableRandom random) {
        int count = 2;
        while (count < 8 && random.nextInt(100) < 45) {
            count++;
        }
        return distinctActors(random, count);
    }

    private List<Long> distinctActors(SplittableRandom random, int count) {
        List<Long> chosen = new ArrayList<>(count);
        while (chosen.size() < count) {
            long actor = actors.byPopularity(actorSkew.sample(random));
            if (!chosen.contains(actor)) {
                chosen.add(actor);
            }
        }
        return chosen;
    }

    public void statements(Consumer<CopyRow> sink) {
        CopyRow row = new CopyRow();
        for (long id = 1; id <= scale.statements(); id++) {
            GeneratedStatement s = statement(id);
            row.number(id)
                    .text(null)
                    .text(s.kind())
                    .text(s.text())
                    .number(s.speakerId())
                    .text(s.speakerCapacity())
                    .text(s.date() == null ? null : s.date().text())
                    .date(s.date() == null ? null : s.date().start())
                    .date(s.date() == null ? null : s.date().end())
                    .date(s.date() == null ? UNDATED : s.date().start())
                    .number(s.date() == null ? 0 : s.date().precision())
                    .number(s.eventId())
                    .text(s.stance())
                    .number(s.reportedById())
                    .number(s.sourceId())
                    .number(0);
            sink.accept(row);
        }
    }

    public void statementAbout(Consumer<CopyRow> sink) {
        CopyRow row = new CopyRow();
        for (long id = 1; id <= scale.statements(); id++) {
            for (long actor : statement(id).about()) {
                row.number(id).number(actor);
                sink.accept(row);
            }
        }
    }

    public GeneratedStatement statement(long id) {
        SplittableRandom random = Seeds.forRow(seed, Seeds.Table.STATEMENT, id);
        int k = random.nextInt(100);
        String kind = k < 45 ? "QUOTE" : k < 80 ? "PARAPHRASE" : "ASSESSMENT";
        Long speaker;
        String capacity = null;
        if (!kind.equals("ASSESSMENT") && scale.persons() > 0) {
            speaker = actors.personByPopularity(speakerSkew.sample(random));
            if (random.nextInt(5) > 0) {
                capacity = Words.pick(random, Words.TITLES);
            }
        } else {
            speaker = random.nextInt(10) < 7 ? scale.firstMedia() + random.nextInt(scale.media()) : null;
        }
        List<Long> about = distinctActors(random, 1 + (random.nextInt(100) < 30 ? 1 + random.nextInt(2) : 0));
        Long event = scale.events() > 0 && random.nextBoolean() ? 1L + random.nextLong(scale.events()) : null;
        GeneratedDate date;
        if (event != null) {
            GeneratedDate eventDate = eventDate(event);
            date = eventDate == null ? null : GeneratedDate.atPrecision(random, eventDate.start(), 0.8, 0.15);
        } else {
            date = random.nextInt(50) == 0 ? null : eventDate(random);
        }
        String topic = Words.pick(random, Words.TOPICS);
        String subject = actors.name(about.get(0));
        String text = switch (kind) {
            case "QUOTE" ->
                "We " + Words.pick(random, Words.VERBS) + " the " + topic + " and expect " + subject
                        + " to respect its commitments on " + Words.pick(random, Words.TOPICS) + ".";
            case "PARAPHRASE" ->
                "The speaker said the government " + Words.pick(random, Words.VERBS) + " the " + topic + " proposed by "
                        + subject + ".";
            default ->
                subject + " is likely to shift its position on " + topic + " before the next "
                        + Words.pick(random, Words.TOPICS) + " talks, analysts say.";
        };
        int s = random.nextInt(10);
        String stance = s == 0 ? null : STANCES[s % STANCES.length];
        Long reportedBy = random.nextInt(10) < 4 ? scale.firstMedia() + random.nextInt(scale.media()) : null;
        long source = 1 + random.nextInt(scale.sources());
        return new GeneratedStatement(kind, text, speaker, capacity, date, event, stance, reportedBy, source, about);
    }

    /** One statement before encoding. */
    public record GeneratedStatement(
            String kind,
            String text,
            Long speakerId,
            String speakerCapacity,
            GeneratedDate date,
            Long eventId,
            String stance,
            Long reportedById,
            long sourceId,
            List<Long> about) {}
}
