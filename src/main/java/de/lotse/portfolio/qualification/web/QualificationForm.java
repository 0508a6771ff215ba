package de.lotse.portfolio.qualification.web;

import de.lotse.portfolio.qualification.QualificationMeasure;
import de.lotse.portfolio.qualification.QualificationMeasureData;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;
import org.springframework.format.annotation.DateTimeFormat;

/** The qualification measure form as the person filled it in. */
class QualificationForm {

    @NotBlank
    @Size(max = 300)
    private String title;

    @Size(max = 300)
    private String audience;

    @NotNull
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate heldOn;

    @Min(0)
    @Max(100000)
    private Integer participantsPlanned;

    @Min(0)
    @Max(100000)
    private Integer participantsActual;

    private UUID pilotId;

    @Size(max = 2000)
    private String note;

    private long version;

    static QualificationForm of(QualificationMeasure measure) {
        QualificationForm form = new QualificationForm();
        form.title = measure.title();
        form.audience = measure.audience();
        form.heldOn = measure.heldOn();
        form.participantsPlanned = measure.participantsPlanned();
        form.participantsActual = measure.participantsActual();
        form.pilotId = measure.pilotId();
        form.note = measure.note();
        form.version = measure.version();
        return form;
    }

    QualificationMeasureData data() {
        return new QualificationMeasureData(
                title, audience, heldOn, participantsPlanned, participantsActual, pilotId, note);
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getAudience() {
        return audience;
    }

    public void setAudience(String audience) {
        this.audience = audience;
    }

    public LocalDate getHeldOn() {
        return heldOn;
    }

    public void setHeldOn(LocalDate heldOn) {
        this.heldOn = heldOn;
    }

    public Integer getParticipantsPlanned() {
        return participantsPlanned;
    }

    public void setParticipantsPlanned(Integer participantsPlanned) {
        this.participantsPlanned = participantsPlanned;
    }

    public Integer getParticipantsActual() {
        return participantsActual;
    }

    public void setParticipantsActual(Integer participantsActual) {
        this.participantsActual = participantsActual;
    }

    public UUID getPilotId() {
        return pilotId;
    }

    public void setPilotId(UUID pilotId) {
        this.pilotId = pilotId;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
