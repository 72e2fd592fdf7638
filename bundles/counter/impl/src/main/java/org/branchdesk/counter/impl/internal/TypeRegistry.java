package org.branchdesk.counter.impl.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import org.branchdesk.counter.api.FieldKind;
import org.branchdesk.counter.api.FieldSpec;
import org.branchdesk.counter.api.RequestType;
import org.branchdesk.counter.api.RequestTypeInfo;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The request types staff may submit: the module's own ({@link BuiltInTypes}) and integrators'
 * {@link RequestType} services as they come and go. A descriptor that is malformed, or whose code
 * is taken, is left out and logged.
 */
@Component(service = TypeRegistry.class)
public final class TypeRegistry {

    /** A type and who provides it. */
    record Registered(RequestType type, String provider) {
    }

    static final String BUILT_IN = "built-in";
    private static final Logger LOG = LoggerFactory.getLogger(TypeRegistry.class);
    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{2,31}");
    private static final Pattern NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_]{0,31}");

    private final Map<String, Registered> types = new ConcurrentHashMap<>();

    public TypeRegistry() {
        BuiltInTypes.all().forEach(t -> types.put(t.code(), new Registered(t, BUILT_IN)));
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addType(ServiceReference<RequestType> ref, RequestType type) {
        String provider = ref.getBundle() == null ? "unknown" : ref.getBundle().getSymbolicName();
        String problem = problem(type);
        if (problem != null) {
            LOG.warn("Request type of bundle {} left out: {}", provider, problem);
            return;
        }
        Registered r = new Registered(type, provider);
        Registered before = types.putIfAbsent(type.code(), r);
        if (before != null) {
            LOG.warn("Request type {} of bundle {} left out: the code is taken by {}", type.code(), provider, before.provider());
        } else {
            LOG.info("Request type {} of bundle {} added", type.code(), provider);
        }
    }

    void removeType(RequestType type) {
        types.values().removeIf(r -> r.type() == type);
    }

    /** The type of this code, or null. */
    Registered type(String code) {
        return code == null ? null : types.get(code);
    }

    List<RequestTypeInfo> infos() {
        List<RequestTypeInfo> infos = new ArrayList<>();
        types.values().forEach(r -> infos.add(new RequestTypeInfo(r.type().code(), r.type().title(), r.type().amount(),
                r.type().fields(), r.type().selfServiceCapable(), r.provider())));
        infos.sort((a, b) -> a.code().compareTo(b.code()));
        return infos;
    }

    /** The kinds of a type's fields (empty for a type no longer registered: everything masked). */
    Map<String, FieldKind> kinds(String code) {
        Registered r = type(code);
        return r == null ? Map.of() : BuiltInTypes.kinds(r.type());
    }

    /** What is wrong with a descriptor, or null (a pure rule; a descriptor that throws is malformed too). */
    static String problem(RequestType type) {
        try {
            if (type.code() == null || !CODE.matcher(type.code()).matches()) {
                return "code '" + type.code() + "' is not 3 to 32 upper-case letters, digits or '_' starting with a letter";
            }
            if (type.title() == null || type.title().isBlank() || type.title().length() > 200) {
                return type.code() + ": the title is blank or longer than 200 characters";
            }
            if (type.amount() == null || type.fields() == null || type.fields().size() > 40) {
                return type.code() + ": no amount use, or no fields list, or more than 40 fields";
            }
            Set<String> names = new HashSet<>();
            for (FieldSpec f : type.fields()) {
                String p = fieldProblem(f, names);
                if (p != null) {
                    return type.code() + ": " + p;
                }
            }
            return null;
        } catch (RuntimeException e) {
            return "the descriptor failed: " + e;
        }
    }

    private static String fieldProblem(FieldSpec f, Set<String> names) {
        if (f == null || f.name() == null || !NAME.matcher(f.name()).matches()) {
            return "a field name is not 1 to 32 letters, digits or '_' starting with a letter";
        }
        if (!names.add(f.name())) {
            return "field " + f.name() + " is named twice";
        }
        if (f.kind() == null || f.label() == null || f.label().isBlank()) {
            return "field " + f.name() + " has no kind or no label";
        }
        if ((f.kind() == FieldKind.TEXT || f.kind() == FieldKind.NOTE) && (f.maxLength() < 1 || f.maxLength() > 2000)) {
            return "field " + f.name() + ": maxLength must be 1 to 2000";
        }
        if (f.kind() == FieldKind.CHOICE && (f.choices().isEmpty() || f.choices().stream().anyMatch(c -> c == null || c.isBlank()))) {
            return "field " + f.name() + ": a CHOICE needs choices";
        }
        return null;
    }
}
