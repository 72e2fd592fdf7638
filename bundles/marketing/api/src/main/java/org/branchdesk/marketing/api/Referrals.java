package org.branchdesk.marketing.api;

import java.time.LocalDate;
import java.util.List;

import org.branchdesk.platform.security.Caller;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Referrals and the credit they earn. Every member of staff who serves customers refers; a customer
 * manager reads the referrals to them and by them; the centre head all, and everyone's credit.
 */
@ProviderType
public interface Referrals {

    Referral refer(ReferralInput input, Caller caller);

    Referral referral(long id, Caller caller);

    /** Referrals to or by {@code staff} (null: the caller), of one status (null: all), newest first. */
    List<Referral> referrals(String staff, ReferralStatus status, Caller caller);

    /** The manager declines a referral, with the reason. */
    Referral decline(long id, String reason, Caller caller);

    /**
     * Credit per member of staff for opportunities won between the two days (inclusive); the
     * centre head sees everyone's, anyone else only their own.
     */
    List<Credit> credits(LocalDate from, LocalDate to, Caller caller);
}
