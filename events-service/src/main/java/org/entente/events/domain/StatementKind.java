package org.entente.events.domain;

import org.eclipse.microprofile.graphql.Description;

@Description(
        "QUOTE: the speaker's own words; PARAPHRASE: their words as reported; ASSESSMENT: an analyst's or outlet's judgement.")
public enum StatementKind {
    QUOTE,
    PARAPHRASE,
    ASSESSMENT
}
