package org.branchdesk.runtime;

import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;

/**
 * The launcher's command line.
 *
 * @param port HTTP port, 1 to 65535
 * @param data data directory, absolute
 * @param tier the branch deployment to start, one of the tier lists in the jar
 * @param host address to listen on, or {@code null} for all interfaces
 * @param demo whether to install the demo bundles as well
 * @param shell whether the Gogo shell takes the terminal (ending it stops the branch)
 * @param safe whether to start without what deploy/ holds, on a fresh bundle cache
 * @param help whether only the usage was asked for
 */
record Options(int port, Path data, String tier, String host, boolean demo, boolean shell, boolean safe, boolean help) {

    static final int DEFAULT_PORT = 8080;
    static final String DEFAULT_DATA = "data";
    static final String DEFAULT_TIER = "wealth-center";

    static final String USAGE = """
            usage: java -jar branchdesk.jar [--port N] [--data DIR] [--tier NAME] [--host ADDR] [--demo] [--shell] [--safe] [--help]
              --port N     HTTP port (default 8080)
              --data DIR   folder for the database, the Derby log and the framework cache (default ./data)
              --tier NAME  branch deployment to start (default wealth-center)
              --host ADDR  address to listen on (default: all interfaces)
              --demo       also load a small synthetic branch into an empty database
              --shell      branch IT's shell on this terminal (type 'branchdesk:help'); exit stops the branch
              --safe       start without what deploy/ holds and on a fresh bundle cache: the tier's own
                           bundles only, to recover from a bad deployment (deploy/ is left as it is)
              --help       print this text""";

    /** A command line that cannot be used; the message says why, in one line. */
    static final class BadOption extends Exception {
        private static final long serialVersionUID = 1L;

        BadOption(String message) {
            super(message);
        }
    }

    /** Parses against the tiers packed in the jar this class was loaded from. */
    static Options parse(String[] args) throws BadOption {
        return parse(args, BundleSet.onClassPath().tiers());
    }

    /** Parses against the given tier names, so tests do not depend on what Maven packed. */
    static Options parse(String[] args, Set<String> tiers) throws BadOption {
        int port = DEFAULT_PORT;
        String data = DEFAULT_DATA;
        String tier = DEFAULT_TIER;
        String host = null;
        boolean demo = false;
        boolean shell = false;
        boolean safe = false;
        boolean help = false;
        for (int i = 0; i < args.length; i++) {
            String option = args[i];
            switch (option) {
                case "--port" -> port = port(value(args, ++i, option));
                case "--data" -> data = value(args, ++i, option);
                case "--tier" -> tier = value(args, ++i, option);
                case "--host" -> host = value(args, ++i, option);
                case "--demo" -> demo = true;
                case "--shell" -> shell = true;
                case "--safe" -> safe = true;
                case "--help", "-h" -> help = true;
                default -> throw new BadOption("unknown option " + option);
            }
        }
        // --help must work even where the default tier is not packed
        if (!help && !tiers.contains(tier)) {
            String known = tiers.isEmpty() ? "none (no /tiers/*.list in the jar)" : String.join(", ", new TreeSet<>(tiers));
            throw new BadOption("unknown tier " + tier + "; this jar has: " + known);
        }
        return new Options(port, Path.of(data).toAbsolutePath().normalize(), tier, host, demo, shell, safe, help);
    }

    /** The value after an option; another option in its place means the value was forgotten. */
    private static String value(String[] args, int i, String option) throws BadOption {
        if (i >= args.length || args[i].isBlank() || args[i].startsWith("--")) {
            throw new BadOption(option + " needs a value");
        }
        return args[i];
    }

    private static int port(String value) throws BadOption {
        try {
            int port = Integer.parseInt(value);
            if (port >= 1 && port <= 65535) {
                return port;
            }
        } catch (NumberFormatException e) {
            // same message as an out-of-range number
        }
        throw new BadOption("--port must be a number from 1 to 65535, not " + value);
    }
}
