package ${package};

/** Entry point of the generated service. */
public final class App {
    private App() {
    }

    public static void main(String[] args) {
        System.out.println("${artifactId}");
    }
}
