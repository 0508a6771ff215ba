package de.lotse.inventory;

import de.lotse.tenancy.DepartmentId;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.hibernate.annotations.TenantId;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;

/** A piece of software or Fachverfahren of the municipality's landscape. */
@Entity
@Audited
public class Application {

    @EmbeddedId
    @AttributeOverride(name = "value", column = @Column(name = "id"))
    private ApplicationId id;

    @TenantId
    private UUID tenantId;

    @Version
    private Long version;

    private String name;

    private String vendor;

    private String product;

    private String productVersion;

    private String purpose;

    // the departments have no history table of their own, like a project's
    @NotAudited
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "application_department", joinColumns = @JoinColumn(name = "application_id"))
    @AttributeOverride(name = "value", column = @Column(name = "department_id"))
    private Set<DepartmentId> departments = new HashSet<>();

    private String responsiblePerson;

    @Enumerated(EnumType.STRING)
    private Hosting hosting;

    @Column(name = "user_count")
    private Integer users;

    @Enumerated(EnumType.STRING)
    private Lifecycle lifecycle;

    private LocalDate introducedOn;

    private LocalDate retireBy;

    private Integer functionalFit;

    private Integer technicalFit;

    @Enumerated(EnumType.STRING)
    private Criticality criticality;

    private boolean personalData;

    @Enumerated(EnumType.STRING)
    private ProtectionNeed protectionNeed;

    private boolean openSource;

    private String licence;

    @Embedded
    @AttributeOverride(name = "value", column = @Column(name = "successor_id"))
    private ApplicationId successor;

    @Embedded
    @jakarta.validation.Valid
    private PublicCodeFacts publicCode;

    protected Application() {}

    Application(ApplicationData data) {
        this.id = ApplicationId.random();
        apply(data);
    }

    final void apply(ApplicationData data) {
        ApplicationData normalised = data.normalised();
        this.name = normalised.name();
        this.vendor = normalised.vendor();
        this.product = normalised.product();
        this.productVersion = normalised.productVersion();
        this.purpose = normalised.purpose();
        this.departments.retainAll(normalised.departments());
        this.departments.addAll(normalised.departments());
        this.responsiblePerson = normalised.responsiblePerson();
        this.hosting = normalised.hosting();
        this.users = normalised.users();
        this.lifecycle = normalised.lifecycle();
        this.introducedOn = normalised.introducedOn();
        this.retireBy = normalised.retireBy();
        this.functionalFit = normalised.functionalFit();
        this.technicalFit = normalised.technicalFit();
        this.criticality = normalised.criticality();
        this.personalData = normalised.personalData();
        this.protectionNeed = normalised.protectionNeed();
        this.openSource = normalised.openSource();
        this.licence = normalised.licence();
        this.successor = normalised.successor();
    }

    /**
     * The project that introduces it reached operation: planned or being introduced, it is now in use
     * (since the given day, unless the day is known already).
     */
    void putInUse(LocalDate on) {
        if (lifecycle == Lifecycle.PLANNED || lifecycle == Lifecycle.INTRODUCTION) {
            lifecycle = Lifecycle.IN_USE;
            if (introducedOn == null) {
                introducedOn = on;
            }
        }
    }

    /**
     * The project that replaces it reached operation: still running, it is now to be retired, with the
     * given successor unless one is named already.
     */
    void markToBeRetired(ApplicationId by) {
        if (lifecycle == Lifecycle.PLANNED || lifecycle == Lifecycle.INTRODUCTION || lifecycle == Lifecycle.IN_USE) {
            lifecycle = Lifecycle.TO_BE_REPLACED;
            if (successor == null && by != null && !by.equals(id)) {
                successor = by;
            }
        }
    }

    /** What its publiccode.yml says beyond its data, if one was imported. */
    public PublicCodeFacts publicCode() {
        return publicCode;
    }

    /** Keeps what an imported publiccode.yml says; the same again changes nothing. */
    void describedBy(PublicCodeFacts facts) {
        if (!facts.equals(publicCode)) {
            publicCode = facts;
        }
    }

    public ApplicationId id() {
        return id;
    }

    public long version() {
        return version == null ? 0 : version;
    }

    public String name() {
        return name;
    }

    public ApplicationId successor() {
        return successor;
    }

    public TimeClass time() {
        return TimeClass.of(functionalFit, technicalFit);
    }

    /** What a person can set, as it is now. */
    public ApplicationData data() {
        return new ApplicationData(
                name,
                vendor,
                product,
                productVersion,
                purpose,
                Set.copyOf(departments),
                responsiblePerson,
                hosting,
                users,
                lifecycle,
                introducedOn,
                retireBy,
                functionalFit,
                technicalFit,
                criticality,
                personalData,
                protectionNeed,
                openSource,
                licence,
                successor);
    }
}
