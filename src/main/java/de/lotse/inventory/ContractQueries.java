package de.lotse.inventory;

/** SQL pieces shared by the queries over contracts (alias {@code c}, parameter {@code :today}). */
final class ContractQueries {

    /** The contract's next notice deadline seen from :today (V250's function, like {@link NoticeDeadline}). */
    static final String DEADLINE = "contract_notice_deadline(c.ends_on, c.notice_period_months, c.auto_renewal,"
            + " c.renewal_term_months, :today)";

    /** The end of the term that deadline is for. */
    static final String TERM_END =
            "contract_term_end(c.ends_on, c.notice_period_months, c.auto_renewal," + " c.renewal_term_months, :today)";

    /** Annual costs, all kinds. */
    static final String TOTAL = "(c.licence_costs + c.maintenance_costs + c.hosting_costs + c.support_costs)";

    private ContractQueries() {}
}
