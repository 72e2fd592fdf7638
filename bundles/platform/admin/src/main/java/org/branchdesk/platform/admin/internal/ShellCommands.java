package org.branchdesk.platform.admin.internal;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Gogo commands for branch IT, scope {@code branchdesk}: {@code help}, {@code tier},
 * {@code health}, {@code modules}, {@code config [pid]}, {@code bundles}, and {@code install},
 * {@code start}, {@code stop}, {@code update}, {@code uninstall} of a bundle by id or symbolic
 * name. Each returns the text it prints, so they can also be called from scripts and tests
 * through the {@code CommandProcessor}.
 */
@Component(service = ShellCommands.class, property = { "osgi.command.scope=branchdesk", "osgi.command.function=help",
        "osgi.command.function=tier", "osgi.command.function=health", "osgi.command.function=modules",
        "osgi.command.function=config", "osgi.command.function=bundles", "osgi.command.function=install",
        "osgi.command.function=start", "osgi.command.function=stop", "osgi.command.function=update",
        "osgi.command.function=uninstall" })
public final class ShellCommands {

    private final BundleContext context;
    private final Inventory inventory;
    private final ConfigurationReport configuration;
    private final HealthNotices notices;

    @Activate
    public ShellCommands(BundleContext context, @Reference Inventory inventory, @Reference ConfigurationReport configuration,
            @Reference HealthNotices notices) {
        this.context = context;
        this.notices = notices;
        this.inventory = inventory;
        this.configuration = configuration;
    }

    public String help() {
        return String.join("\n", "branchdesk:tier                 the branch, its tier and its modules",
                "branchdesk:health               UP, or what keeps the branch from being ready; warnings such as four eyes impossible",
                "branchdesk:modules              each module with its bundles and their states",
                "branchdesk:config [pid]         the configuration in force: every property, its value, type and source",
                "branchdesk:bundles              every bundle: id, state, version, module; what an unresolved one misses",
                "branchdesk:install <url|path>   install and start a bundle (prefer the deploy/ folder)",
                "branchdesk:start <id|name>      start a bundle",
                "branchdesk:stop <id|name>       stop a bundle",
                "branchdesk:update <id|name>     update a bundle from its location",
                "branchdesk:uninstall <id|name>  uninstall a bundle",
                "branchdesk:importDerby [folder] move the branch's Derby database (default <data>/derby) into the configured PostgreSQL one");
    }

    public String tier() {
        Inventory.Health health = inventory.health();
        return "branch " + health.branch() + ", tier " + health.tier() + "\nmodules: " + String.join(", ", health.modules());
    }

    public String health() {
        Inventory.Health health = inventory.health();
        List<String> warnings = notices.warnings();
        String warned = warnings.isEmpty() ? "" : "\nwarnings:\n" + warnings.stream().map(w -> "  - " + w).collect(Collectors.joining("\n"));
        if (health.up()) {
            return "UP: tier " + health.tier() + ", modules " + String.join(", ", health.modules()) + warned;
        }
        return "STARTING\n" + health.problems().stream().map(p -> "  - " + p).collect(Collectors.joining("\n")) + warned;
    }

    public String modules() {
        Map<String, List<Inventory.BundleInfo>> modules = inventory.bundles().stream().filter(b -> b.module() != null)
                .collect(Collectors.groupingBy(Inventory.BundleInfo::module, java.util.TreeMap::new, Collectors.toList()));
        StringBuilder out = new StringBuilder();
        modules.forEach((module, bundles) -> {
            out.append(module).append('\n');
            bundles.forEach(b -> out.append(String.format("  %-4d %-10s %s %s%n", b.id(), b.state(), b.symbolicName(), b.version())));
        });
        return out.toString().stripTrailing();
    }

    public String config() {
        return configuration.describe(null);
    }

    public String config(String pid) {
        return configuration.describe(pid);
    }

    public String bundles() {
        StringBuilder out = new StringBuilder(String.format("%-4s %-11s %-50s %-16s %s%n", "id", "state", "bundle", "version", "module"));
        for (Inventory.BundleInfo b : inventory.bundles()) {
            out.append(String.format("%-4d %-11s %-50s %-16s %s%n", b.id(), b.state(), b.symbolicName(), b.version(),
                    b.module() == null ? "" : b.module()));
            b.missing().forEach(m -> out.append("       missing ").append(m).append('\n'));
        }
        return out.toString().stripTrailing();
    }

    public String install(String location) throws BundleException {
        String url = location.contains(":") && !location.matches("^[A-Za-z]:\\\\.*") ? location
                : java.nio.file.Path.of(location).toAbsolutePath().toUri().toString();
        Bundle bundle = context.installBundle(url);
        return startAndReport(bundle);
    }

    public String start(String bundle) throws BundleException {
        return startAndReport(find(bundle));
    }

    public String stop(String bundle) throws BundleException {
        Bundle b = find(bundle);
        b.stop();
        return describe(b);
    }

    public String update(String bundle) throws BundleException {
        Bundle b = find(bundle);
        b.update();
        return b.getState() == Bundle.INSTALLED || b.getState() == Bundle.RESOLVED ? startAndReport(b) : describe(b);
    }

    public String uninstall(String bundle) throws BundleException {
        Bundle b = find(bundle);
        String what = b.getSymbolicName() + " " + b.getVersion();
        b.uninstall();
        return "uninstalled " + what;
    }

    private String startAndReport(Bundle bundle) {
        try {
            bundle.start();
            return describe(bundle);
        } catch (BundleException e) {
            List<String> missing = inventory.missing(bundle);
            return describe(bundle) + (missing.isEmpty() ? "\n  does not start: " + e.getMessage()
                    : "\n  does not resolve; missing:\n" + missing.stream().map(m -> "    " + m).collect(Collectors.joining("\n")));
        }
    }

    private String describe(Bundle b) {
        return String.format("%d %s %s %s", b.getBundleId(), Inventory.state(b.getState()), b.getSymbolicName(), b.getVersion());
    }

    private Bundle find(String idOrName) {
        if (idOrName.matches("\\d+")) {
            Bundle b = context.getBundle(Long.parseLong(idOrName));
            if (b != null) {
                return b;
            }
        }
        return Arrays.stream(context.getBundles()).filter(b -> idOrName.equals(b.getSymbolicName())).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no bundle " + idOrName));
    }

}
