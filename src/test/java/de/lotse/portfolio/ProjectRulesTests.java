package de.lotse.portfolio;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ProjectRulesTests {

    private static final LocalDate TODAY = LocalDate.of(2026, 6, 15);

    @Test
    void phasesMayBeSkippedAndRevisitedButClosedIsFinalAndStoppedRestartsAtTheBeginning() {
        assertThat(ProjectPhase.IDEA.canMoveTo(ProjectPhase.CONCEPT)).isTrue();
        assertThat(ProjectPhase.CONCEPT.canMoveTo(ProjectPhase.PROCUREMENT)).isTrue();
        assertThat(ProjectPhase.IMPLEMENTATION.canMoveTo(ProjectPhase.CONCEPT)).isTrue();
        assertThat(ProjectPhase.OPERATION.canMoveTo(ProjectPhase.CLOSED)).isTrue();
        assertThat(ProjectPhase.FUNDING.canMoveTo(ProjectPhase.STOPPED)).isTrue();
        assertThat(ProjectPhase.CONCEPT.canMoveTo(ProjectPhase.CONCEPT)).isFalse();
        for (ProjectPhase phase : ProjectPhase.values()) {
            assertThat(ProjectPhase.CLOSED.canMoveTo(phase)).isFalse();
        }
        assertThat(ProjectPhase.STOPPED.canMoveTo(ProjectPhase.CONCEPT)).isTrue();
        assertThat(ProjectPhase.STOPPED.canMoveTo(ProjectPhase.IMPLEMENTATION)).isFalse();
    }

    @Test
    void everyPhaseAfterTheIdeaNeedsAGoal() {
        assertThat(ProjectPhase.IDEA.needsGoal()).isFalse();
        for (ProjectPhase phase : ProjectPhase.values()) {
            if (phase != ProjectPhase.IDEA) {
                assertThat(phase.needsGoal()).as(phase.name()).isTrue();
            }
        }
    }

    @Test
    void aReportIsDueOneCadenceAfterTheLatestReport() {
        ReportDue monthly = ReportDue.of(
                ProjectPhase.IMPLEMENTATION, ReportingCadence.MONTHLY, LocalDate.of(2026, 5, 20), null, TODAY);
        assertThat(monthly.due()).isEqualTo(LocalDate.of(2026, 6, 20));
        assertThat(monthly.overdue()).isFalse();

        ReportDue late = ReportDue.of(
                ProjectPhase.IMPLEMENTATION, ReportingCadence.MONTHLY, LocalDate.of(2026, 5, 14), null, TODAY);
        assertThat(late.overdue()).isTrue();

        ReportDue quarterly =
                ReportDue.of(ProjectPhase.ROLLOUT, ReportingCadence.QUARTERLY, LocalDate.of(2026, 3, 31), null, TODAY);
        assertThat(quarterly.due()).isEqualTo(LocalDate.of(2026, 6, 30));
        assertThat(quarterly.overdue()).isFalse();
    }

    @Test
    void beforeTheFirstReportTheCadenceCountsFromLeavingTheIdeaPhase() {
        ReportDue due =
                ReportDue.of(ProjectPhase.CONCEPT, ReportingCadence.MONTHLY, null, LocalDate.of(2026, 5, 1), TODAY);
        assertThat(due.due()).isEqualTo(LocalDate.of(2026, 6, 1));
        assertThat(due.overdue()).isTrue();
    }

    @Test
    void ideasAndEndedProjectsOweNoReport() {
        for (ProjectPhase phase : Set.of(ProjectPhase.IDEA, ProjectPhase.CLOSED, ProjectPhase.STOPPED)) {
            ReportDue due = ReportDue.of(
                    phase, ReportingCadence.MONTHLY, LocalDate.of(2020, 1, 1), LocalDate.of(2020, 1, 1), TODAY);
            assertThat(due.overdue()).as(phase.name()).isFalse();
            assertThat(due.due()).isNull();
        }
    }

    @Test
    void aDependencyThatLeadsBackToTheProjectIsACycle() {
        ProjectId net = ProjectId.random();
        ProjectId services = ProjectId.random();
        ProjectId portal = ProjectId.random();
        ProjectId other = ProjectId.random();
        DependencyGraph graph = new DependencyGraph(Map.of(
                net, Set.of(),
                services, Set.of(net),
                portal, Set.of(services),
                other, Set.of()));

        assertThat(graph.wouldCycle(net, Set.of(portal))).isTrue();
        assertThat(graph.wouldCycle(net, Set.of(services))).isTrue();
        assertThat(graph.wouldCycle(net, Set.of(net))).isTrue();
        assertThat(graph.wouldCycle(net, Set.of(other))).isFalse();
        assertThat(graph.wouldCycle(portal, Set.of(net, other))).isFalse();
    }

    @Test
    void aDiamondIsNoCycle() {
        ProjectId top = ProjectId.random();
        ProjectId left = ProjectId.random();
        ProjectId right = ProjectId.random();
        ProjectId bottom = ProjectId.random();
        DependencyGraph graph = new DependencyGraph(
                Map.of(left, Set.of(bottom), right, Set.of(bottom), bottom, Set.of(), top, Set.of()));
        assertThat(graph.wouldCycle(top, Set.of(left, right))).isFalse();
    }
}
