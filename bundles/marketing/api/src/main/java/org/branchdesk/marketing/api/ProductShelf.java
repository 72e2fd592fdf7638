package org.branchdesk.marketing.api;

import java.io.Reader;
import java.util.List;
import java.util.Optional;

import org.branchdesk.customer.api.ImportReport;
import org.branchdesk.platform.security.Caller;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The products a branch may offer. Every member of staff who serves customers reads it; only the
 * centre head changes it. A file or list with any bad entry changes nothing and is answered with
 * every entry's errors by line (400).
 */
@ProviderType
public interface ProductShelf {

    /** The shelf by code: of one family (null for all), retired products only if asked. */
    List<Product> products(String family, boolean includeRetired, Caller caller);

    /** One product, retired or not. */
    Optional<Product> product(String code, Caller caller);

    /** Creates or replaces a product (a retired one comes back on the shelf). */
    Product put(ProductInput input, Caller caller);

    /** Puts every product of the list on the shelf, all or none. */
    ImportReport putAll(List<ProductInput> inputs, Caller caller);

    /**
     * Imports products from CSV, all rows or none. Header: {@code code,name,family,issuer,risk,
     * minimum_amount,term_days,sale_from,sale_to,segments,channels} (segments and channels separated by
     * {@code |}; empty cells for absent values).
     */
    ImportReport importProducts(Reader csv, Caller caller);

    /** Takes a product off the shelf; 404 for an unknown code. */
    Product retire(String code, Caller caller);

    /** The families a product may have: the segment catalogue's product families and channels. */
    List<String> families();
}
