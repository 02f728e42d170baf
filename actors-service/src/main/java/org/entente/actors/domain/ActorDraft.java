package org.entente.actors.domain;

import java.util.List;

/**
 * What a create or update of an actor asks for, as the client gave it: the writer cleans and
 * checks it (a draft may hold blanks, unknown codes or a parent that would make a cycle).
 */
public record ActorDraft(
        String handle,
        ActorKind kind,
        String name,
        List<String> aliases,
        String description,
        String countryCode,
        String wikidataId,
        Long parentId) {}
