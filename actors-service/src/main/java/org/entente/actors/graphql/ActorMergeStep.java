package org.entente.actors.graphql;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.entente.actors.domain.MergeAction;
import org.entente.actors.service.ActorMergeReader;

@Description("A step of the merge outbox (actorMergeSteps): a merge or an unmerge, in the order they were made.")
public class ActorMergeStep {
    @NonNull
    @Description("The step's number: steps are numbered in the order they committed; read on with `after`.")
    public int seq;

    @NonNull
    public MergeAction action;

    @NonNull
    @Description("When the step was taken, ISO-8601 in UTC.")
    public String at;

    @NonNull
    public ActorMerge merge;

    static ActorMergeStep from(ActorMergeReader.StepView view) {
        ActorMergeStep step = new ActorMergeStep();
        step.seq = Math.toIntExact(view.step().seq);
        step.action = view.step().action;
        step.at = ActorMerge.text(view.step().takenAt);
        step.merge = ActorMerge.from(view.merge());
        return step;
    }
}
