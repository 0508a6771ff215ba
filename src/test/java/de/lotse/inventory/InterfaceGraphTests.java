package de.lotse.inventory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class InterfaceGraphTests {

    private final ApplicationChoice meldewesen = new ApplicationChoice(ApplicationId.random(), "Meldewesen");
    private final ApplicationChoice wahlen = new ApplicationChoice(ApplicationId.random(), "Wahlen");
    private final ApplicationChoice finanzen = new ApplicationChoice(ApplicationId.random(), "Finanzwesen");

    @Test
    void eachApplicationWithAnInterfaceIsOnTheCircleOnceInTheOrderOfItsName() {
        InterfaceGraph graph = InterfaceGraph.of(List.of(
                new InterfaceGraph.Link(meldewesen, wahlen, "Wählerverzeichnis"),
                new InterfaceGraph.Link(meldewesen, finanzen, "Anschriften"),
                new InterfaceGraph.Link(finanzen, meldewesen, "Rückläufer")));

        assertThat(graph.nodes())
                .extracting(InterfaceGraph.Node::name)
                .containsExactly("Finanzwesen", "Meldewesen", "Wahlen");
        double centre = InterfaceGraph.SIZE / 2.0;
        for (InterfaceGraph.Node node : graph.nodes()) {
            assertThat(Math.hypot(node.x() - centre, node.y() - centre)).isCloseTo(InterfaceGraph.RADIUS, within(1e-6));
            // names read outwards: never upside down
            assertThat(node.angle()).isBetween(-90.0, 90.0);
        }
        // the first at the top, its name starting to the right
        assertThat(graph.nodes().get(0).y()).isCloseTo(centre - InterfaceGraph.RADIUS, within(1e-6));
        assertThat(graph.nodes().get(0).anchor()).isEqualTo("start");
        assertThat(graph.nodes().get(2).anchor()).isEqualTo("end");
    }

    @Test
    void anArrowRunsFromTheSendersRimToJustBeforeTheReceiverAndBothDirectionsAreDrawn() {
        InterfaceGraph graph = InterfaceGraph.of(List.of(
                new InterfaceGraph.Link(meldewesen, wahlen, "Wählerverzeichnis"),
                new InterfaceGraph.Link(wahlen, meldewesen, "Wahlbenachrichtigungen")));
        InterfaceGraph.Node from = graph.nodes().get(0);
        InterfaceGraph.Node to = graph.nodes().get(1);
        InterfaceGraph.Edge edge = graph.edges().get(0);

        assertThat(Math.hypot(edge.x1() - from.x(), edge.y1() - from.y()))
                .isCloseTo(InterfaceGraph.NODE_RADIUS, within(1e-6));
        assertThat(Math.hypot(edge.x2() - to.x(), edge.y2() - to.y()))
                .isCloseTo(InterfaceGraph.NODE_RADIUS + 3, within(1e-6));
        assertThat(edge.path()).matches("M[0-9.]+ [0-9.]+Q[0-9.]+ [0-9.]+ [0-9.]+ [0-9.]+");
        assertThat(graph.edges()).hasSize(2);
        assertThat(graph.edges().get(1).fromName()).isEqualTo("Wahlen");
    }

    @Test
    void noInterfacesMakeAnEmptyGraph() {
        assertThat(InterfaceGraph.of(List.of()).isEmpty()).isTrue();
        assertThat(InterfaceGraph.of(List.of()).nodes()).isEmpty();
    }
}
