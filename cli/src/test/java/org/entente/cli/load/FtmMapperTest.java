package org.entente.cli.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.entente.cli.load.Dataset.ActorSpec;
import org.entente.cli.load.Dataset.EventSpec;
import org.entente.cli.load.Dataset.MembershipSpec;
import org.entente.cli.load.Dataset.ParticipantSpec;
import org.entente.cli.load.Dataset.PositionSpec;
import org.entente.cli.load.Dataset.SourceSpec;
import org.junit.jupiter.api.Test;

class FtmMapperTest {
    private static final Vocabulary VOCABULARY = Vocabulary.published();

    private static FtmMapper.Mapped map(String lines) {
        return map(new FtmMapper(VOCABULARY), lines);
    }

    private static FtmMapper.Mapped map(FtmMapper mapper, String lines) {
        return map(mapper, lines, Set.of());
    }

    private static FtmMapper.Mapped map(FtmMapper mapper, String lines, Set<String> earlierHandles) {
        FtmReader.Result read = FtmReader.read(lines);
        assertEquals(List.of(), read.problems(), "the test's lines are well formed");
        FtmMapper.Mapped mapped = mapper.map(read.entities(), "world.ftm.json", lines);
        assertEquals(
                List.of(),
                DatasetValidator.validate(mapped.dataset(), VOCABULARY, earlierHandles),
                "what the mapping makes passes the rules of a YAML file");
        return mapped;
    }

    private static List<String> skipped(FtmMapper.Mapped m) {
        return m.skipped().stream().map(p -> p.line() + ": " + p.message()).toList();
    }

    @Test
    void actorsKeepTheirNamesIdentifiersCountryAndKind() {
        FtmMapper.Mapped m = map("""
                {"id": "a1", "schema": "PublicBody", "properties": {"name": ["Iran", "Persia"], "alias": ["Islamic Republic of Iran"], "previousName": ["Persia"], "country": ["ir"], "wikidataId": ["Q794"], "classification": ["STATE"], "description": ["A state."]}}
                {"id": "a2", "schema": "PublicBody", "properties": {"name": ["Ministry of Defence"], "summary": ["A ministry."]}}
                {"id": "a3", "schema": "Organization", "properties": {"name": ["Collective Security Treaty Organization"], "classification": ["state"]}}
                {"id": "a4", "schema": "Person", "properties": {"name": ["Nikolai Bordyuzha"], "country": ["RU"]}}
                {"id": "a5", "schema": "Company", "properties": {"name": ["Rosoboronexport"]}}
                {"id": "a6", "schema": "LegalEntity", "properties": {"name": ["TASS"], "classification": ["Media"]}}
                """);

        assertEquals(
                List.of(
                        new ActorSpec(
                                1,
                                "iran",
                                "STATE",
                                "Iran",
                                List.of("Persia", "Islamic Republic of Iran"),
                                "A state.",
                                "IRN",
                                "Q794",
                                null),
                        new ActorSpec(
                                2,
                                "ministry-of-defence",
                                "GOVERNMENT_BODY",
                                "Ministry of Defence",
                                List.of(),
                                "A ministry.",
                                null,
                                null,
                                null),
                        new ActorSpec(
                                3,
                                "collective-security-treaty-organization",
                                "INTERNATIONAL_ORGANIZATION",
                                "Collective Security Treaty Organization",
                                List.of(),
                                null,
                                null,
                                null,
                                null),
                        new ActorSpec(
                                4,
                                "nikolai-bordyuzha",
                                "PERSON",
                                "Nikolai Bordyuzha",
                                List.of(),
                                null,
                                "RUS",
                                null,
                                null),
                        new ActorSpec(
                                5, "rosoboronexport", "GROUP", "Rosoboronexport", List.of(), null, null, null, null),
                        new ActorSpec(6, "tass", "MEDIA", "TASS", List.of(), null, null, null, null)),
                m.dataset().actors(),
                "a classification that is no kind of the schema (an Organization that is a STATE) is not taken");
        assertTrue(m.dataset().handlesGenerated());
        assertEquals(List.of(), m.skipped());
        assertEquals(List.of(), m.notes());
    }

    @Test
    void factsNameTheirActorsByHandleWithDatesRolesAndSources() {
        FtmMapper.Mapped m = map("""
                {"id": "m1", "schema": "Membership", "properties": {"member": ["a1"], "organization": ["a3"], "role": ["Dialogue partner"], "startDate": ["2007-05-14T10:00:00"], "endDate": ["2010"], "sourceUrl": ["https://tass.example/1"], "publisher": ["TASS"], "retrievedAt": ["2024-01-02"], "description": ["Sources: Kartapolov, on Iran <https://tass.example/1>"]}}
                {"id": "a1", "schema": "PublicBody", "properties": {"name": ["Iran"]}}
                {"id": "a3", "schema": "Organization", "properties": {"name": ["CSTO"]}}
                {"id": "a4", "schema": "Person", "properties": {"name": ["Nikolai Bordyuzha"]}}
                {"id": "a6", "schema": "Organization", "properties": {"name": ["TASS"], "classification": ["MEDIA"]}}
                {"id": "o1", "schema": "Occupancy", "properties": {"holder": ["a4"], "post": ["p1"], "startDate": ["2003"]}}
                {"id": "p1", "schema": "Position", "properties": {"name": ["Secretary General"], "organization": ["a3"]}}
                {"id": "e1", "schema": "Event", "properties": {"name": ["CSTO invites Iran"], "date": ["2007-05"], "location": ["Moscow"], "recordId": ["csto-invites-iran"], "organizer": ["a4", "a3"], "involved": ["a4", "a3", "a1"], "description": ["Sources: CSTO Iran: Unpacking"]}}
                {"id": "m2", "schema": "Membership", "properties": {"member": ["a1"], "organization": ["a3"]}}
                """);

        String tass = m.dataset().memberships().get(0).cites().get(0);
        String article = m.dataset().events().get(0).cites().get(0);
        String file = m.dataset().positions().get(0).cites().get(0);
        assertEquals(
                List.of(
                        new MembershipSpec(1, "iran", "csto", "DIALOGUE_PARTNER", "2007-05-14", "2010", List.of(tass)),
                        new MembershipSpec(9, "iran", "csto", "MEMBER", null, null, List.of(file))),
                m.dataset().memberships(),
                "a time is cut off; no role is a member's");
        assertEquals(
                List.of(new PositionSpec(
                        6, "nikolai-bordyuzha", "csto", "Secretary General", "2003", null, List.of(file))),
                m.dataset().positions());
        assertEquals(
                List.of(new EventSpec(
                        8,
                        "csto-invites-iran",
                        "OTHER",
                        "CSTO invites Iran",
                        null,
                        "2007-05",
                        null,
                        "Moscow",
                        List.of(
                                new ParticipantSpec(8, "nikolai-bordyuzha", "HOST"),
                                new ParticipantSpec(8, "csto", "HOST"),
                                new ParticipantSpec(8, "iran", "PARTICIPANT")),
                        List.of(article))),
                m.dataset().events());
        assertEquals(
                List.of(
                        new SourceSpec(
                                1, tass, "Kartapolov, on Iran", "https://tass.example/1", "tass", null, "2024-01-02"),
                        new SourceSpec(6, file, "FollowTheMoney entities of world.ftm.json", null, null, null, null),
                        new SourceSpec(8, article, "CSTO Iran: Unpacking", null, null, null, null)),
                m.dataset().sources().stream()
                        .map(s -> s.ref().equals(file)
                                ? new SourceSpec(6, s.ref(), s.title(), null, null, null, null)
                                : s)
                        .toList(),
                "a fact that cites nothing cites the file; the publisher is the actor of that name");
        assertTrue(tass.matches("ftm-[0-9a-f]{16}") && file.matches("ftm-file-[0-9a-f]{16}"), tass + " " + file);
        assertEquals(List.of(), m.skipped());
    }

    @Test
    void anEntityThatCannotBeARecordWholeIsSkippedWithWhatRefersToIt() {
        FtmMapper.Mapped m = map("""
                {"id": "a1", "schema": "PublicBody", "properties": {"name": ["Iran"]}}
                {"id": "nameless", "schema": "Person", "properties": {"alias": ["Nobody"]}}
                {"id": "v1", "schema": "Vessel", "properties": {"name": ["Alborz"]}}
                {"id": "m1", "schema": "Membership", "properties": {"member": ["a1"], "organization": ["nameless"]}}
                {"id": "m2", "schema": "Membership", "properties": {"member": ["a1"], "organization": ["nowhere"]}}
                {"id": "m3", "schema": "Membership", "properties": {"member": ["a1"], "organization": ["v1"]}}
                {"id": "m4", "schema": "Membership", "properties": {"member": ["a1"], "organization": ["a1", "a1b"]}}
                {"id": "m5", "schema": "Membership", "properties": {"member": ["a1"]}}
                {"id": "m6", "schema": "Membership", "properties": {"member": ["a1"], "organization": ["a1"], "role": ["Chairman"]}}
                {"id": "m7", "schema": "Membership", "properties": {"member": ["a1"], "organization": ["a1"], "startDate": ["May 2007"]}}
                {"id": "m8", "schema": "Membership", "properties": {"member": ["a1"], "organization": ["a1"], "startDate": ["2010"], "endDate": ["2009-12-31"]}}
                {"id": "p1", "schema": "Position", "properties": {"name": ["Secretary General"]}}
                {"id": "o1", "schema": "Occupancy", "properties": {"holder": ["a1"], "post": ["p1"]}}
                {"id": "o2", "schema": "Occupancy", "properties": {"holder": ["a1"], "post": ["a1"]}}
                {"id": "e1", "schema": "Event", "properties": {"name": ["Summit"], "involved": ["a1", "nameless"]}}
                {"id": "e2", "schema": "Event", "properties": {"name": ["Summit"], "endDate": ["2020"]}}
                {"id": "e3", "schema": "Event", "properties": {"name": ["A"], "recordId": ["k"]}}
                {"id": "e4", "schema": "Event", "properties": {"name": ["B"], "recordId": ["k"]}}
                {"id": "m9", "schema": "Membership", "properties": {"member": ["a1"], "organization": ["a1"], "role": ["Member", "Observer"]}}
                """);

        assertEquals(
                List.of(
                        "2: Person 'nameless' skipped: it has no 'name'",
                        "3: Vessel 'v1' skipped: schema 'Vessel' is not imported (imported: [Company, Event, LegalEntity,"
                                + " Membership, Occupancy, Organization, Person, Position, PublicBody])",
                        "4: Membership 'm1' skipped: organization 'nameless' is skipped (line 2)",
                        "5: Membership 'm2' skipped: organization 'nowhere' is not an entity of this file or of an"
                                + " earlier one",
                        "6: Membership 'm3' skipped: organization 'v1' is skipped (line 3)",
                        "7: Membership 'm4' skipped: it has 2 'organization' values; Entente records one",
                        "8: Membership 'm5' skipped: it has no 'organization'",
                        "9: Membership 'm6' skipped: role 'Chairman' is not one of [APPLICANT, DIALOGUE_PARTNER,"
                                + " FOUNDING_MEMBER, INVITED, MEMBER, OBSERVER, PARTNER, SUSPENDED]",
                        "10: Membership 'm7' skipped: startDate 'May 2007' is not a date (YYYY, YYYY-MM or YYYY-MM-DD)",
                        "11: Membership 'm8' skipped: endDate 2009-12-31 is before startDate 2010",
                        "12: Position 'p1' skipped: it has no 'organization'",
                        "13: Occupancy 'o1' skipped: post 'p1' is skipped (line 12)",
                        "14: Occupancy 'o2' skipped: post 'a1' is a PublicBody (line 1), not a Position",
                        "15: Event 'e1' skipped: involved 'nameless' is skipped (line 2)",
                        "16: Event 'e2' skipped: it has an endDate and no date",
                        "18: Event 'e4' skipped: its key 'k' is the event's at line 17 too",
                        "19: Membership 'm9' skipped: it has 2 roles; an Entente membership has one (make one"
                                + " Membership per role)"),
                skipped(m));
        assertEquals(
                List.of("iran"),
                m.dataset().actors().stream().map(ActorSpec::handle).toList());
        assertEquals(
                List.of("k"), m.dataset().events().stream().map(EventSpec::key).toList());
        assertEquals(List.of(), m.dataset().memberships());
        assertEquals(List.of(), m.dataset().positions());
    }

    @Test
    void valuesEntenteHasNoPlaceForAreNoted() {
        FtmMapper.Mapped m = map("""
                {"id": "a1", "schema": "PublicBody", "properties": {"name": ["Soviet Union"], "country": ["suhh", "ru", "by"], "wikidataId": ["15180", "Q15180", "Q2"]}}
                {"id": "m1", "schema": "Membership", "properties": {"member": ["a1"], "organization": ["a1"], "startDate": ["1991", "1992"], "publisher": ["Nobody"]}}
                """);

        assertEquals(
                List.of(
                        "1: PublicBody 'a1': country 'suhh' has no ISO 3166-1 alpha-3 code; left out",
                        "1: PublicBody 'a1': country 'by' left out: an actor has one country (RUS kept)",
                        "1: PublicBody 'a1': wikidataId '15180' is not a Wikidata item id (Q…); left out",
                        "1: PublicBody 'a1': wikidataId 'Q2' left out: an actor has one (Q15180 kept)",
                        "2: Membership 'm1': several startDate values; the first (1991) is kept",
                        "2: Membership 'm1': 1 publisher value(s) for 0 source(s) cannot be matched to them and are"
                                + " left out"),
                m.notes().stream().map(p -> p.line() + ": " + p.message()).toList());
        ActorSpec ussr = m.dataset().actors().get(0);
        assertEquals(List.of("RUS", "Q15180"), List.of(ussr.countryCode(), ussr.wikidataId()));
        assertEquals("1991", m.dataset().memberships().get(0).since());
    }

    @Test
    void handlesAreMadeFromNamesUniqueInTheRunAndLaterFilesReferToEarlierOnes() {
        FtmMapper mapper = new FtmMapper(VOCABULARY);
        mapper.reserve(Set.of("iran"));
        FtmMapper.Mapped first = map(
                mapper, """
                {"id": "a1", "schema": "PublicBody", "properties": {"name": ["Iran"]}}
                {"id": "a2", "schema": "Person", "properties": {"name": ["  Ïran!!  "]}}
                {"id": "a3", "schema": "Person", "properties": {"name": ["中国"]}}
                {"id": "a4", "schema": "Person", "properties": {"name": ["%s"]}}
                {"id": "a5", "schema": "Person", "properties": {"name": ["<script>alert(1)</script>\\u0000"]}}
                """.formatted("Expert Advisory Council under the Council of the CSTO Parliamentary Assembly"));
        FtmMapper.Mapped second = map(mapper, """
                {"id": "m1", "schema": "Membership", "properties": {"member": ["a2"], "organization": ["a1"]}}
                {"id": "a6", "schema": "Person", "properties": {"name": ["Iran"]}}
                """, Set.of("iran-2", "iran-3"));

        List<String> handles =
                first.dataset().actors().stream().map(ActorSpec::handle).toList();
        assertEquals("iran-2", handles.get(0));
        assertEquals("iran-3", handles.get(1));
        assertEquals("actor", handles.get(2));
        assertEquals("expert-advisory-council-under-the-council-of-the-csto", handles.get(3), "cut after a word");
        assertEquals("script-alert-1-script", handles.get(4));
        assertEquals(
                List.of(new MembershipSpec(
                        1,
                        "iran-3",
                        "iran-2",
                        "MEMBER",
                        null,
                        null,
                        second.dataset().memberships().get(0).cites())),
                second.dataset().memberships());
        assertEquals("iran-4", second.dataset().actors().get(0).handle());
    }
}
