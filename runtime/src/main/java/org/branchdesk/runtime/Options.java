package org.branchdesk.runtime;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/** The command line: {@code [--port N] [--data DIR] [--tier NAME] [--host ADDR] [--demo]}. */
record Options(int port, Path data, String tier, String host, boolean demo, boolean help) {

    static final String USAGE = """
            usage: java -jar branchdesk.jar [--port N] [--data DIR] [--tier NAME] [--host ADDR] [--demo]
              --port N     HTTP port (default 8080)
              --data DIR   database, logs and framework cache (default ./data)
              --tier NAME  branch deployment to start (default wealth-center)
              --host ADDR  address to listen on (default: all interfaces)
              --demo       load a small synthetic branch into an empty database""";

    /** A command line that cannot be used; the message says why. */
    static final class BadOption extends Exception {
        private static final long serialVersionUID = 1L;

        BadOption(String message) {
            super(message);
        }
    }

    static Options parse(String[] args, Set<String> tiers) throws BadOption {
        int port = 8080;
        Path data = Path.of("data");
        String tier = "wealth-center";
        String host = null;
        boolean demo = false;
        boolean help = false;
        List<String> list = List.of(args);
        for (int i = 0; i < list.size(); i++) {
            String arg = list.get(i);
            switch (arg) {
                case "--port" -> port = port(value(list, ++i, arg));
                case "--data" -> data = Path.of(value(list, ++i, arg));
                case "--tier" -> tier = value(list, ++i, arg);
                case "--host" -> host = value(list, ++i, arg);
                case "--demo" -> demo = true;
                case "--help", "-h" -> help = true;
                default -> throw new BadOption("unknown option " + arg);
            }
        }
        if (!tiers.contains(tier)) {
            throw new BadOption("unknown tier " + tier + "; this build has: " + String.join(", ", tiers.stream().sorted().toList()));
        }
        return new Options(port, data.toAbsolutePath().normalize(), tier, host, demo, help);
    }

    private static String value(List<String> args, int i, String option) throws BadOption {
        if (i >= args.size() || args.get(i).startsWith("--")) {
            throw new BadOption(option + " needs a value");
        }
        return args.get(i);
    }

    private static int port(String value) throws BadOption {
        try {
            int port = Integer.parseInt(value);
            if (port >= 1 && port <= 65535) {
                return port;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new BadOption("--port must be a number from 1 to 65535, not " + value);
    }
}
