package org.branchdesk.platform.admin.internal;

import java.io.IOException;
import java.util.Arrays;
import java.util.Dictionary;
import java.util.List;
import java.util.TreeSet;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.AttributeDefinition;
import org.osgi.service.metatype.MetaTypeInformation;
import org.osgi.service.metatype.MetaTypeService;
import org.osgi.service.metatype.ObjectClassDefinition;

/**
 * The configuration in force, PID by PID, for branch IT: each property with the value the
 * components use, its type, whether it is the default or from which file, and the description
 * from the module's metatype. Refused configurations are listed with their errors.
 */
@Component(service = ConfigurationReport.class)
public final class ConfigurationReport {

    private final BundleContext context;
    private final MetaTypeService metatype;
    private final ConfigurationAdmin cm;
    private final ConfigurationGuard guard;

    @Activate
    public ConfigurationReport(BundleContext context, @Reference MetaTypeService metatype, @Reference ConfigurationAdmin cm,
            @Reference ConfigurationGuard guard) {
        this.context = context;
        this.metatype = metatype;
        this.cm = cm;
        this.guard = guard;
    }

    /** Every Branchdesk PID (or only {@code onlyPid}), described. */
    public String describe(String onlyPid) {
        StringBuilder out = new StringBuilder();
        for (String pid : pids()) {
            if (onlyPid != null && !onlyPid.equals(pid)) {
                continue;
            }
            ObjectClassDefinition ocd = guard.schema(pid).orElse(null);
            Dictionary<String, Object> set = configured(pid);
            Object file = set == null ? null : set.get("felix.fileinstall.filename");
            out.append(pid).append(ocd == null ? "" : " — " + ocd.getName())
                    .append(file != null ? " (from " + file + ")" : set != null ? " (set at run time)" : " (defaults)").append('\n');
            ConfigurationGuard.Refusal refusal = guard.refusals().get(pid);
            if (refusal != null) {
                out.append("  REFUSED at ").append(refusal.at()).append(", running on the last good configuration:\n");
                refusal.errors().forEach(e -> out.append("    ").append(e).append('\n'));
            }
            if (ocd == null) {
                continue;
            }
            for (AttributeDefinition ad : ocd.getAttributeDefinitions(ObjectClassDefinition.ALL)) {
                Object value = set == null ? null : set.get(ad.getID());
                boolean isDefault = value == null || refusal != null;
                List<String> shown = isDefault ? defaults(ad) : ConfigurationRules.strings(value);
                String type = ConfigurationRules.typeName(ad.getType()) + (ad.getCardinality() != 0 ? "[]" : "");
                String text = ad.getType() == AttributeDefinition.PASSWORD || ad.getID().toLowerCase().contains("password")
                        ? (shown.isEmpty() || shown.get(0).isEmpty() ? "" : "********")
                        : shown.size() == 1 ? shown.get(0) : shown.toString();
                out.append(String.format("  %-30s %-9s = %s%s%n", ad.getID(), type, text,
                        refusal != null ? "" : isDefault ? "  (default)" : ""));
                if (ad.getDescription() != null) {
                    out.append("      ").append(ad.getDescription()).append('\n');
                }
            }
        }
        if (onlyPid != null && out.length() == 0) {
            return "no Branchdesk configuration " + onlyPid + "; known: " + String.join(", ", pids());
        }
        return out.toString().stripTrailing();
    }

    private static List<String> defaults(AttributeDefinition ad) {
        String[] defaults = ad.getDefaultValue();
        return defaults == null ? List.of() : Arrays.asList(defaults);
    }

    private TreeSet<String> pids() {
        TreeSet<String> pids = new TreeSet<>();
        for (Bundle bundle : context.getBundles()) {
            if (bundle.getState() == Bundle.ACTIVE) {
                MetaTypeInformation info = metatype.getMetaTypeInformation(bundle);
                if (info != null) {
                    Arrays.stream(info.getPids()).filter(p -> p.startsWith(ConfigurationGuard.PREFIX)).forEach(pids::add);
                }
            }
        }
        try {
            Configuration[] all = cm.listConfigurations("(service.pid=" + ConfigurationGuard.PREFIX + "*)");
            if (all != null) {
                Arrays.stream(all).map(Configuration::getPid).forEach(pids::add);
            }
        } catch (IOException | InvalidSyntaxException e) {
            // the metatype PIDs are still listed
        }
        return pids;
    }

    private Dictionary<String, Object> configured(String pid) {
        try {
            Configuration[] found = cm.listConfigurations("(service.pid=" + pid + ")");
            return found == null || found.length == 0 ? null : found[0].getProperties();
        } catch (IOException | InvalidSyntaxException e) {
            return null;
        }
    }
}
