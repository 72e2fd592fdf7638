package org.branchdesk.marketing.api;

import java.time.LocalDate;
import java.util.List;

import org.branchdesk.platform.security.Caller;
import org.osgi.annotation.versioning.ProviderType;

/** The centre's marketing figures: the centre head's, and a manager's own. */
@ProviderType
public interface MarketingFigures {

    /** The centre's (manager null) or one manager's cross-selling figures, campaigns counted between the days. */
    CrossSellFigures crossSell(String manager, LocalDate from, LocalDate to, Caller caller);

    /** Every manager's figures (the centre head). */
    List<CrossSellFigures> byManager(LocalDate from, LocalDate to, Caller caller);
}
