package de.lotse.inventory.publiccode;

import java.util.List;
import java.util.Set;

/** The standard's closed lists of values (categories, scopes, aliases, enumerations, versions). */
final class Vocabulary {

    /** The versions of the 0.x line the standard has had; "0" always means the latest. */
    static final List<String> VERSIONS = List.of(
            "0", "0.2", "0.2.0", "0.2.1", "0.2.2", "0.3", "0.3.0", "0.4", "0.4.0", "0.5", "0.5.0", "0.7", "0.7.0");

    /** The versions that need no advice to move on. */
    static final Set<String> LATEST = Set.of("0", "0.7", "0.7.0");

    static final String LATEST_VERSION = "0.7";

    static final List<String> DEVELOPMENT_STATUS = List.of("concept", "development", "beta", "stable", "obsolete");

    static final List<String> SOFTWARE_TYPES = List.of(
            "standalone/mobile",
            "standalone/iot",
            "standalone/desktop",
            "standalone/web",
            "standalone/backend",
            "standalone/other",
            "addon",
            "library",
            "configurationFiles");

    static final List<String> MAINTENANCE_TYPES = List.of("internal", "contract", "community", "none");

    static final List<String> IT_EXTENSION_VERSIONS = List.of("0.2", "1.0");

    static final Set<String> CATEGORIES = Set.of(
            "accounting",
            "agile-project-management",
            "applicant-tracking",
            "application-development",
            "appointment-scheduling",
            "backup",
            "billing-and-invoicing",
            "blog",
            "budgeting",
            "business-intelligence",
            "business-process-management",
            "cad",
            "call-center-management",
            "cloud-management",
            "collaboration",
            "communications",
            "compliance-management",
            "contact-management",
            "content-management",
            "crm",
            "customer-service-and-support",
            "data-analytics",
            "data-collection",
            "data-visualization",
            "design",
            "design-system",
            "digital-asset-management",
            "digital-citizenship",
            "document-management",
            "donor-management",
            "e-commerce",
            "e-signature",
            "educational-content",
            "email-management",
            "email-marketing",
            "employee-management",
            "enterprise-project-management",
            "enterprise-social-networking",
            "erp",
            "event-management",
            "facility-management",
            "feedback-and-reviews-management",
            "financial-reporting",
            "fleet-management",
            "fundraising",
            "gamification",
            "geographic-information-systems",
            "grant-management",
            "graphic-design",
            "help-desk",
            "hr",
            "ide",
            "identity-management",
            "instant-messaging",
            "integrated-library-system",
            "inventory-management",
            "it-asset-management",
            "it-development",
            "it-management",
            "it-security",
            "it-service-management",
            "knowledge-management",
            "learning-management-system",
            "marketing",
            "mind-mapping",
            "mobile-marketing",
            "mobile-payment",
            "network-management",
            "office",
            "online-booking",
            "online-community",
            "payment-gateway",
            "payroll",
            "predictive-analysis",
            "procurement",
            "productivity-suite",
            "project-collaboration",
            "project-management",
            "property-management",
            "real-estate-management",
            "regulations-and-directives",
            "remote-support",
            "resource-management",
            "sales-management",
            "seo",
            "service-desk",
            "social-media-management",
            "survey",
            "talent-management",
            "task-management",
            "taxes-management",
            "test-management",
            "time-management",
            "time-tracking",
            "translation",
            "video-conferencing",
            "video-editing",
            "visitor-management",
            "voip",
            "warehouse-management",
            "web-collaboration",
            "web-conferencing",
            "website-builder",
            "whistleblowing",
            "workflow-management",
            "other");

    static final Set<String> SCOPES = Set.of(
            "agriculture",
            "culture",
            "defence",
            "education",
            "emergency-services",
            "employment",
            "energy",
            "environment",
            "finance-and-economic-development",
            "foreign-affairs",
            "government",
            "healthcare",
            "infrastructures",
            "justice",
            "local-authorities",
            "manufacturing",
            "research",
            "science-and-technology",
            "security",
            "society",
            "sport",
            "tourism",
            "transportation",
            "welfare");

    static final Set<String> ALIASES = Set.of("gdpr", "eidas", "nis2", "cra", "spid", "cie", "anpr", "pagopa", "io");

    private Vocabulary() {}
}
