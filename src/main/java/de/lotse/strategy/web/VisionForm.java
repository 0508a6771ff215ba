package de.lotse.strategy.web;

import de.lotse.strategy.Vision;
import de.lotse.strategy.VisionData;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The vision form as the person filled it in; no version means there was no vision yet. */
class VisionForm {

    @NotBlank
    @Size(max = 20000)
    private String text;

    private boolean published;

    private Long version;

    static VisionForm of(Vision vision) {
        VisionForm form = new VisionForm();
        form.text = vision.text();
        form.published = vision.published();
        form.version = vision.version();
        return form;
    }

    VisionData data() {
        return new VisionData(text, published);
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public boolean isPublished() {
        return published;
    }

    public void setPublished(boolean published) {
        this.published = published;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }
}
