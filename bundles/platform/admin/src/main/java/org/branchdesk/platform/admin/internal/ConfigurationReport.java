package org.branchdesk.platform.admin.internal;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Dictionary;
import java.util.List;
import java.util.Locale;
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

    /** Where the values in force come from. */
    public enum Source {
        /** No configuration: every property has its metatype default. */
        DEFAULTS,
        /** A {@code .cfg}/{@code .config} file in {@code etc/} (see {@link Pid#file()}). */
        FILE,
        /** Set at run time through Configuration Admin (the shell, a module, a test). */
        RUNTIME
    }

    /** A refused configuration: when, and each error naming its property. */
    public record Refusal(Instant at, List<String> errors) {
    }

    /**
     * One property as the components use it.
     *
     * @param value     the text of the value, or a list for a multi-valued property; a password
     *                  is {@code ********} (empty when unset)
     * @param isDefault whether it is the metatype default (true for every property of a refused
     *                  configuration: the components run on what they had)
     */
    public record Property(String id, String type, Object value, boolean isDefault, String description) {
    }

    /** One configuration PID: its name from the metatype, where it comes from, its refusal if any, its properties. */
    public record Pid(String pid, String name, Source source, String file, Refusal refusal, List<Property> properties) {
    }

    /** Every Branchdesk PID (or only {@code onlyPid}), as the structured model the shell and REST share. */
    public List<Pid> model(String onlyPid) {
        List<Pid> out = new ArrayList<>();
        for (String pid : pids()) {
            if (onlyPid != null && !onlyPid.equals(pid)) {
                continue;
            }
            ObjectClassDefinition ocd = guard.schema(pid).orElse(null);
            Dictionary<String, Object> set = configured(pid);
            Object file = set == null ? null : set.get("felix.fileinstall.filename");
            Source source = file != null ? Source.FILE : set != null ? Source.RUNTIME : Source.DEFAULTS;
            ConfigurationGuard.Refusal refused = guard.refusals().get(pid);
            Refusal refusal = refused == null ? null : new Refusal(refused.at(), List.copyOf(refused.errors()));
            List<Property> properties = new ArrayList<>();
            if (ocd != null) {
                for (AttributeDefinition ad : ocd.getAttributeDefinitions(ObjectClassDefinition.ALL)) {
                    properties.add(property(ad, set == null ? null : set.get(ad.getID()), refusal != null));
                }
            }
            out.add(new Pid(pid, ocd == null ? null : ocd.getName(), source, file == null ? null : String.valueOf(file), refusal,
                    properties));
        }
        return out;
    }

    /** A property's value in force: the configured one, or the default when unset or refused; passwords masked. */
    static Property property(AttributeDefinition ad, Object configured, boolean refused) {
        boolean isDefault = configured == null || refused;
        List<String> shown = isDefault ? defaults(ad) : ConfigurationRules.strings(configured);
        String type = ConfigurationRules.typeName(ad.getType()) + (ad.getCardinality() != 0 ? "[]" : "");
        Object value;
        if (secret(ad)) {
            value = shown.isEmpty() || shown.get(0).isEmpty() ? "" : MASK;
        } else if (ad.getCardinality() != 0) {
            value = List.copyOf(shown);
        } else {
            value = shown.isEmpty() ? "" : shown.get(0);
        }
        return new Property(ad.getID(), type, value, isDefault, ad.getDescription());
    }

    /**
     * Whether a property is shown masked: declared as a password, or a text property named like one
     * (an integrator's {@code smtpPassword} declared as a String). Numbers are never secrets:
     * {@code passwordIterations} and {@code minPasswordLength} are shown.
     */
    static boolean secret(AttributeDefinition ad) {
        return ad.getType() == AttributeDefinition.PASSWORD
                || ad.getType() == AttributeDefinition.STRING && ad.getID().toLowerCase(Locale.ROOT).contains("password");
    }

    /** How a password is shown. */
    static final String MASK = "********";

    /** Every Branchdesk PID (or only {@code onlyPid}), described for the shell. */
    public String describe(String onlyPid) {
        List<Pid> model = model(onlyPid);
        if (onlyPid != null && model.isEmpty()) {
            return "no Branchdesk configuration " + onlyPid + "; known: " + String.join(", ", pids());
        }
        return text(model);
    }

    /** The shell's text of the model: one block per PID. */
    static String text(List<Pid> model) {
        StringBuilder out = new StringBuilder();
        for (Pid p : model) {
            out.append(p.pid()).append(p.name() == null ? "" : " — " + p.name())
                    .append(switch (p.source()) {
                        case FILE -> " (from " + p.file() + ")";
                        case RUNTIME -> " (set at run time)";
                        case DEFAULTS -> " (defaults)";
                    }).append('\n');
            if (p.refusal() != null) {
                out.append("  REFUSED at ").append(p.refusal().at()).append(", running on the last good configuration:\n");
                p.refusal().errors().forEach(e -> out.append("    ").append(e).append('\n'));
            }
            for (Property property : p.properties()) {
                Object v = property.value();
                String text = v instanceof List<?> list ? (list.size() == 1 ? String.valueOf(list.get(0)) : list.toString()) : String.valueOf(v);
                out.append(String.format("  %-30s %-9s = %s%s%n", property.id(), property.type(), text,
                        p.refusal() != null ? "" : property.isDefault() ? "  (default)" : ""));
                if (property.description() != null) {
                    out.append("      ").append(property.description()).append('\n');
                }
            }
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
