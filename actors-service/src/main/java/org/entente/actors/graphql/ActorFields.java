package org.entente.actors.graphql;

import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Function;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Source;
import org.entente.actors.domain.MembershipRole;
import org.entente.actors.repository.ActorEntity;
import org.entente.actors.repository.DatedFact;
import org.entente.actors.repository.FactWithActor;
import org.entente.actors.service.ActorReader;
import org.entente.actors.service.LinkKeyReader;
import org.entente.actors.service.MembershipReader;
import org.entente.actors.service.PositionReader;
import org.entente.dates.PartialDate;
import org.entente.subgraph.graphql.FieldBatches;
import org.entente.subgraph.graphql.PartialDateScalar;
import org.entente.subgraph.input.ActorIdFilter;

/**
 * The fields of Actor that load other rows. Each goes through {@link FieldBatches}: all the
 * actors of a level of the query that ask for a field with the same arguments get it from one
 * SQL statement, on a worker thread; aliases with other arguments get their own statement.
 *
 * <p>A membership or position is read with the actor on its other side (one join); the actor on
 * this side is the one the field was asked on. So the batches of facts are keyed by that
 * {@link Actor} itself rather than by its id: each fact gets both its actors when it is made, and
 * {@code Membership.member}/{@code organization} and {@code Position.holder}/{@code organization}
 * are plain fields that load nothing. (Joining both sides instead would read and map the asking
 * actor once per fact: a state's 8,000 office holders would carry 8,000 copies of the state.)
 */
@GraphQLApi
public class ActorFields {

    static final String AS_OF = "Only facts in force at this date: a fact is in force when its interval "
            + "[start of since, end of until] and the interval the date covers share at least one day; "
            + "a missing since or until is an open end. E.g. asOf `2007` matches a membership until `2007-05`.";

    @Inject
    FieldBatches batches;

    @Inject
    ActorReader actors;

    @Inject
    MembershipReader memberships;

    @Inject
    PositionReader positions;

    @Inject
    LinkKeyReader linkKeys;

    @Description("The actor this one belongs to (a committee inside a parliament).")
    public CompletionStage<Actor> parent(@Source Actor actor) {
        if (actor.parentId == null) {
            return CompletableFuture.completedFuture(null);
        }
        return batches.load("Actor.parent", List.of(), actor.parentId, this::actorsById);
    }

    @NonNull
    @Description("Actors whose parent is this one, in name order.")
    public CompletionStage<List<@NonNull Actor>> children(@Source Actor actor) {
        return batches.load("Actor.children", List.of(), actor.id, this::childrenOf);
    }

    @NonNull
    @Description("Memberships of this actor as member, oldest first.")
    public CompletionStage<List<@NonNull Membership>> memberships(
            @Source Actor actor, @Description(AS_OF) PartialDateScalar asOf, List<MembershipRole> roles) {
        PartialDate date = PartialDateScalar.toDate(asOf);
        Set<MembershipRole> filter = roleFilter(roles);
        return batches.load(
                "Actor.memberships",
                Arrays.asList(date, filter),
                actor,
                members -> facts(
                        members,
                        ids -> memberships.ofMembers(ids, date, filter),
                        (membership, member, organization) -> Membership.from(membership, member, organization)));
    }

    @NonNull
    @Description("Memberships in this actor as organization, oldest first.")
    public CompletionStage<List<@NonNull Membership>> members(
            @Source Actor actor, @Description(AS_OF) PartialDateScalar asOf, List<MembershipRole> roles) {
        PartialDate date = PartialDateScalar.toDate(asOf);
        Set<MembershipRole> filter = roleFilter(roles);
        return batches.load(
                "Actor.members",
                Arrays.asList(date, filter),
                actor,
                organizations -> facts(
                        organizations,
                        ids -> memberships.ofOrganizations(ids, date, filter),
                        (membership, organization, member) -> Membership.from(membership, member, organization)));
    }

    @NonNull
    @Description("Offices this actor holds or held, oldest first.")
    public CompletionStage<List<@NonNull Position>> positions(
            @Source Actor actor, @Description(AS_OF) PartialDateScalar asOf) {
        PartialDate date = PartialDateScalar.toDate(asOf);
        return batches.load(
                "Actor.positions",
                Arrays.asList(date),
                actor,
                holders -> facts(
                        holders,
                        ids -> positions.ofHolders(ids, date),
                        (position, holder, organization) -> Position.from(position, holder, organization)));
    }

    @NonNull
    @Description("Offices inside this organization and their holders, oldest first.")
    public CompletionStage<List<@NonNull Position>> officeHolders(
            @Source Actor actor, @Description(AS_OF) PartialDateScalar asOf) {
        PartialDate date = PartialDateScalar.toDate(asOf);
        return batches.load(
                "Actor.officeHolders",
                Arrays.asList(date),
                actor,
                organizations -> facts(
                        organizations,
                        ids -> positions.ofOrganizations(ids, date),
                        (position, organization, holder) -> Position.from(position, holder, organization)));
    }

    @NonNull
    @Description(
            "The actor's links as compact keys separated by single spaces, meant for graph searches (the relations "
                    + "of the gateway), which need only who is linked to whom by which fact: "
                    + "`MEMBERSHIP:<membership id>:<member id>:<organization id>` for its memberships as member and as "
                    + "organization, `POSITION:<position id>:<holder id>:<organization id>` for its positions as holder and as "
                    + "organization (both in force `asOf`, as in `memberships`), `PARENT:<part id>:<whole id>` for its parent "
                    + "and its children. Memberships and positions oldest first, then parent, then children; empty when it has "
                    + "none. One string rather than a list, since a state's thousands of office holders would be thousands of "
                    + "list elements to serialize. A fact's details are in its member's `memberships` or holder's `positions`.")
    public CompletionStage<String> linkKeys(
            @Source Actor actor,
            @Description(AS_OF) PartialDateScalar asOf,
            @Description(
                            "Only the links whose other end is one of these actors, by id (at most "
                                    + ActorIdFilter.MAX_IDS
                                    + "): a graph search that knows its actors asks for the links "
                                    + "among them without reading an organization's thousands of others. All links when absent.")
                    List<String> among) {
        PartialDate date = PartialDateScalar.toDate(asOf);
        // among is [String], not [ID]: SmallRye turns @Id on a list argument into an unknown scalar
        ActorIdFilter.check(among, "among");
        return batches.load(
                "Actor.linkKeys",
                Arrays.asList(date, among),
                actor,
                asking -> linkKeysOf(asking, date, ActorIdFilter.of(among, "among")));
    }

    private Map<Long, Actor> actorsById(List<Long> ids) {
        Map<Long, Actor> byId = new HashMap<>();
        actors.byIds(ids).forEach((id, entity) -> byId.put(id, Actor.from(entity)));
        return byId;
    }

    /** Keyed by identity, as the batch's keys are its actors (one id may come twice). */
    private Map<Actor, String> linkKeysOf(List<Actor> asking, PartialDate asOf, ActorIdFilter among) {
        Map<Long, Long> parents = new HashMap<>();
        asking.forEach(actor -> parents.put(actor.id, actor.parentId));
        Map<Long, List<String>> keys = linkKeys.of(parents, asOf, among);
        Map<Actor, String> byActor = new IdentityHashMap<>();
        asking.forEach(actor -> byActor.put(actor, String.join(" ", keys.get(actor.id))));
        return byActor;
    }

    /** Every asked id gets a list, empty when the actor has no children (the field is non-null). */
    private Map<Long, List<Actor>> childrenOf(List<Long> parentIds) {
        Map<Long, List<ActorEntity>> children = actors.childrenOf(parentIds);
        Map<Long, List<Actor>> byParent = new HashMap<>();
        for (Long id : parentIds) {
            byParent.put(
                    id,
                    children.getOrDefault(id, List.of()).stream()
                            .map(Actor::from)
                            .toList());
        }
        return byParent;
    }

    /**
     * The facts of each actor of a batch, made from the rows {@code load} reads for their ids.
     * Keyed by identity: an actor reached by two paths is two keys of one id, each getting facts
     * that name it. Within a batch an actor on the other side becomes one {@link Actor}, however
     * many facts name it.
     */
    private static <F extends DatedFact, T> Map<Actor, List<T>> facts(
            List<Actor> asking, Function<List<Long>, Map<Long, List<FactWithActor<F>>>> load, FactOf<F, T> factOf) {
        Map<Long, List<FactWithActor<F>>> rows =
                load.apply(asking.stream().map(actor -> actor.id).distinct().toList());
        Map<Long, Actor> others = new HashMap<>();
        Map<Actor, List<T>> byActor = new IdentityHashMap<>();
        for (Actor actor : asking) {
            byActor.put(
                    actor,
                    rows.getOrDefault(actor.id, List.of()).stream()
                            .map(row -> factOf.make(
                                    row.fact(),
                                    actor,
                                    others.computeIfAbsent(row.actor().id, id -> Actor.from(row.actor()))))
                            .toList());
        }
        return byActor;
    }

    /** Makes the output type of a fact from its row, the actor it was asked on and the actor on its other side. */
    @FunctionalInterface
    private interface FactOf<F, T> {
        T make(F fact, Actor asking, Actor other);
    }

    /**
     * The roles to filter by; none (null or empty) means all. The argument is [MembershipRole], not
     * [MembershipRole!], because SmallRye would make a List<@NonNull X> argument mandatory (issue 753).
     */
    private static Set<MembershipRole> roleFilter(List<MembershipRole> roles) {
        Set<MembershipRole> filter = EnumSet.noneOf(MembershipRole.class);
        if (roles != null) {
            roles.stream().filter(Objects::nonNull).forEach(filter::add);
        }
        return filter;
    }
}
