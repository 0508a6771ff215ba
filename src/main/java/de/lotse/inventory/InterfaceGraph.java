package de.lotse.inventory;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Who talks to whom: the applications with interfaces on a circle, ordered by name, and each
 * interface as an arrow bent towards the centre from the sender to the receiver. Coordinates are
 * in a square of {@link #SIZE} units with room for the names around the circle.
 */
public record InterfaceGraph(List<Node> nodes, List<Edge> edges) {

    public static final int SIZE = 1000;

    static final double RADIUS = 300;

    static final double NODE_RADIUS = 7;

    /** An interface as the graph knows it: sender, receiver, what it exchanges. */
    public record Link(ApplicationChoice from, ApplicationChoice to, String exchanges) {}

    /**
     * An application on the circle.
     *
     * @param angle of its name, in degrees, turned to read outwards
     * @param anchor {@code start} or {@code end}: where the name starts
     */
    public record Node(
            ApplicationId id,
            String name,
            double x,
            double y,
            double labelX,
            double labelY,
            double angle,
            String anchor) {

        /** The name's rotation about its start, as an SVG transform. */
        public String labelTransform() {
            return String.format(Locale.ROOT, "rotate(%.1f %.1f %.1f)", angle, labelX, labelY);
        }

        public String cx() {
            return String.format(Locale.ROOT, "%.1f", x);
        }

        public String cy() {
            return String.format(Locale.ROOT, "%.1f", y);
        }

        public String tx() {
            return String.format(Locale.ROOT, "%.1f", labelX);
        }

        public String ty() {
            return String.format(Locale.ROOT, "%.1f", labelY);
        }
    }

    /** An interface: a quadratic curve from the sender's edge to the receiver's, through {@code (cx, cy)}. */
    public record Edge(
            ApplicationId from,
            ApplicationId to,
            String fromName,
            String toName,
            String exchanges,
            double x1,
            double y1,
            double cx,
            double cy,
            double x2,
            double y2) {

        /** The curve as SVG path data. */
        public String path() {
            return String.format(Locale.ROOT, "M%.1f %.1fQ%.1f %.1f %.1f %.1f", x1, y1, cx, cy, x2, y2);
        }
    }

    public boolean isEmpty() {
        return edges.isEmpty();
    }

    static InterfaceGraph of(List<Link> links) {
        Map<ApplicationId, ApplicationChoice> applications = new LinkedHashMap<>();
        links.forEach(link -> {
            applications.putIfAbsent(link.from().id(), link.from());
            applications.putIfAbsent(link.to().id(), link.to());
        });
        List<ApplicationChoice> ordered = new ArrayList<>(applications.values());
        ordered.sort(Comparator.comparing((ApplicationChoice a) -> a.name().toLowerCase(Locale.GERMAN))
                .thenComparing(a -> a.id().value()));
        double centre = SIZE / 2.0;
        Map<ApplicationId, Node> nodes = new LinkedHashMap<>();
        for (int i = 0; i < ordered.size(); i++) {
            ApplicationChoice application = ordered.get(i);
            double theta = 2 * Math.PI * i / ordered.size() - Math.PI / 2;
            double cos = Math.cos(theta);
            double sin = Math.sin(theta);
            double degrees = Math.toDegrees(theta);
            boolean leftHalf = cos < -1e-9;
            nodes.put(
                    application.id(),
                    new Node(
                            application.id(),
                            application.name(),
                            centre + RADIUS * cos,
                            centre + RADIUS * sin,
                            centre + (RADIUS + 14) * cos,
                            centre + (RADIUS + 14) * sin,
                            leftHalf ? degrees - 180 : degrees,
                            leftHalf ? "end" : "start"));
        }
        List<Edge> edges = links.stream()
                .map(link ->
                        edge(nodes.get(link.from().id()), nodes.get(link.to().id()), link.exchanges(), centre))
                .toList();
        return new InterfaceGraph(List.copyOf(nodes.values()), edges);
    }

    /** From the sender's rim to the receiver's, bent halfway towards the centre, so arrows do not hide behind nodes. */
    private static Edge edge(Node from, Node to, String exchanges, double centre) {
        double midX = (from.x() + to.x()) / 2;
        double midY = (from.y() + to.y()) / 2;
        double cx = midX + (centre - midX) * 0.5;
        double cy = midY + (centre - midY) * 0.5;
        double[] start = towards(from.x(), from.y(), cx, cy, NODE_RADIUS);
        double[] end = towards(to.x(), to.y(), cx, cy, NODE_RADIUS + 3);
        return new Edge(
                from.id(), to.id(), from.name(), to.name(), exchanges, start[0], start[1], cx, cy, end[0], end[1]);
    }

    private static double[] towards(double x, double y, double tx, double ty, double distance) {
        double dx = tx - x;
        double dy = ty - y;
        double length = Math.hypot(dx, dy);
        if (length < 1e-9) {
            return new double[] {x, y};
        }
        return new double[] {x + dx / length * distance, y + dy / length * distance};
    }
}
