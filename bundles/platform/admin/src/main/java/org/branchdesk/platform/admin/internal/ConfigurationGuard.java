package org.branchdesk.platform.admin.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Dictionary;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import org.branchdesk.platform.api.ConfigurationCheck;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.ServiceReference;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.service.cm.ConfigurationEvent;
import org.osgi.service.cm.ConfigurationListener;
import org.osgi.service.cm.ConfigurationPlugin;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.metatype.MetaTypeInformation;
import org.osgi.service.metatype.MetaTypeService;
import org.osgi.service.metatype.ObjectClassDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Stands between Configuration Admin and every Branchdesk component: a configuration of an
 * {@code org.branchdesk.*} PID is checked against its metatype and the module's
 * {@link ConfigurationCheck}s before any component sees it. One that fails is refused: the
 * reason is logged once, with the file it came from, and the components are handed the last
 * configuration of that PID that passed (or none, so their defaults) — the branch keeps running
 * as it was until the file is corrected.
 * <p>
 * This works because Felix SCR reads configurations through the plugins
 * ({@code Configuration.getProcessedProperties}), so what the plugin hands on is what the
 * component gets. What is checked is {@link ConfigurationRules}, which needs no framework.
 */
@Component(service = { ConfigurationPlugin.class, ConfigurationListener.class, ConfigurationGuard.class }, property = {
        ConfigurationPlugin.CM_RANKING + ":Integer=900" })
public final class ConfigurationGuard implements ConfigurationPlugin, ConfigurationListener {

    /** A refused configuration: where it came from and what was wrong. */
    public record Refusal(String pid, String file, List<String> errors, Instant at) {
    }

    static final String PREFIX = "org.branchdesk.";
    private static final Set<String> BOOKKEEPING = Set.of(Constants.SERVICE_PID, ConfigurationAdmin.SERVICE_FACTORYPID,
            ConfigurationAdmin.SERVICE_BUNDLELOCATION, "felix.fileinstall.filename");
    private static final Logger LOG = LoggerFactory.getLogger(ConfigurationGuard.class);

    private final BundleContext context;
    private final MetaTypeService metatype;
    /** Per PID, the last configuration that passed: compared by value, handed on as it came. */
    private record Good(Map<String, Object> values, Map<String, Object> raw) {
    }

    private final Map<String, Good> lastGood = new ConcurrentHashMap<>();
    private final Map<String, Refusal> refusals = new ConcurrentHashMap<>();
    private final Map<String, Map<String, Object>> refused = new ConcurrentHashMap<>();
    private final List<ServiceReference<ConfigurationCheck>> checks = new CopyOnWriteArrayList<>();

    @Activate
    public ConfigurationGuard(BundleContext context, @Reference MetaTypeService metatype) {
        this.context = context;
        this.metatype = metatype;
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addCheck(ServiceReference<ConfigurationCheck> check) {
        checks.add(check);
    }

    void removeCheck(ServiceReference<ConfigurationCheck> check) {
        checks.remove(check);
    }

    /** Refused configurations not yet corrected, by PID. */
    public Map<String, Refusal> refusals() {
        return Collections.unmodifiableMap(refusals);
    }

    @Override
    public void modifyConfiguration(ServiceReference<?> target, Dictionary<String, Object> properties) {
        String pid = (String) properties.get(Constants.SERVICE_PID);
        String factoryPid = (String) properties.get(ConfigurationAdmin.SERVICE_FACTORYPID);
        String schemaPid = factoryPid != null ? factoryPid : pid;
        if (pid == null || schemaPid == null || !schemaPid.startsWith(PREFIX)) {
            return;
        }
        Map<String, Object> values = toMap(properties);
        Good good = lastGood.get(pid);
        if (good != null && values.equals(good.values())) {
            return;
        }
        List<String> errors = validate(schemaPid, values);
        if (errors.isEmpty()) {
            lastGood.put(pid, new Good(values, raw(properties)));
            if (refusals.remove(pid) != null) {
                refused.remove(pid);
                LOG.info("Configuration {} accepted again", pid);
            }
            return;
        }
        String file = String.valueOf(properties.get("felix.fileinstall.filename"));
        if (!values.equals(refused.get(pid))) {
            refused.put(pid, values);
            refusals.put(pid, new Refusal(pid, "null".equals(file) ? null : file, errors, Instant.now()));
            LOG.error("Configuration {}{} refused, {}: {}", pid, "null".equals(file) ? "" : " (" + file + ")",
                    good == null ? "its components keep their defaults" : "its components keep the last good configuration",
                    String.join("; ", errors));
        }
        replace(properties, good == null ? null : good.raw());
    }

    /** A deleted configuration leaves nothing to fall back on but the defaults. */
    @Override
    public void configurationEvent(ConfigurationEvent event) {
        if (event.getType() == ConfigurationEvent.CM_DELETED) {
            lastGood.remove(event.getPid());
            refused.remove(event.getPid());
            if (refusals.remove(event.getPid()) != null) {
                LOG.info("Configuration {} removed: its components use their defaults", event.getPid());
            }
        }
    }

    /** Every error of these values against the PID's metatype and checks; empty when they pass. */
    List<String> validate(String pid, Map<String, Object> values) {
        List<String> errors = ConfigurationRules.metatypeErrors(schema(pid).map(ConfigurationRules.Field::of).orElse(List.of()), values);
        if (!errors.isEmpty()) {
            return errors; // the module's own check may assume the types are right
        }
        List<ServiceReference<ConfigurationCheck>> used = new ArrayList<>();
        List<ConfigurationCheck> forPid = new ArrayList<>();
        for (ServiceReference<ConfigurationCheck> ref : checks) {
            if (!ConfigurationRules.strings(ref.getProperty(ConfigurationCheck.PID)).contains(pid)) {
                continue;
            }
            ConfigurationCheck check = context.getService(ref);
            if (check != null) {
                used.add(ref);
                forPid.add(check);
            }
        }
        try {
            return ConfigurationRules.checkErrors(pid, values, forPid);
        } finally {
            used.forEach(context::ungetService);
        }
    }

    /** The metatype of a Branchdesk PID, from whichever active bundle declares it. */
    Optional<ObjectClassDefinition> schema(String pid) {
        for (Bundle bundle : context.getBundles()) {
            if (bundle.getState() != Bundle.ACTIVE) {
                continue;
            }
            MetaTypeInformation info = metatype.getMetaTypeInformation(bundle);
            if (info == null) {
                continue;
            }
            if (Arrays.asList(info.getPids()).contains(pid) || Arrays.asList(info.getFactoryPids()).contains(pid)) {
                return Optional.ofNullable(info.getObjectClassDefinition(pid, null));
            }
        }
        return Optional.empty();
    }

    private static Map<String, Object> toMap(Dictionary<String, Object> properties) {
        Map<String, Object> map = new HashMap<>();
        for (Enumeration<String> keys = properties.keys(); keys.hasMoreElements();) {
            String key = keys.nextElement();
            if (!BOOKKEEPING.contains(key)) {
                Object value = properties.get(key);
                map.put(key, value != null && value.getClass().isArray() ? List.of(ConfigurationRules.strings(value).toArray()) : value);
            }
        }
        return map;
    }

    private static Map<String, Object> raw(Dictionary<String, Object> properties) {
        Map<String, Object> map = new HashMap<>();
        for (String key : Collections.list(properties.keys())) {
            if (!BOOKKEEPING.contains(key)) {
                map.put(key, properties.get(key));
            }
        }
        return map;
    }

    private static void replace(Dictionary<String, Object> properties, Map<String, Object> good) {
        Map<String, Object> keep = new LinkedHashMap<>();
        for (String key : BOOKKEEPING) {
            if (properties.get(key) != null) {
                keep.put(key, properties.get(key));
            }
        }
        for (String key : Collections.list(properties.keys())) {
            properties.remove(key);
        }
        keep.forEach(properties::put);
        if (good != null) {
            good.forEach(properties::put);
        }
    }
}
