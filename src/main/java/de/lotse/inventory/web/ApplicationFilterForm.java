package de.lotse.inventory.web;

import de.lotse.inventory.ApplicationFilter;
import de.lotse.inventory.Hosting;
import de.lotse.inventory.Lifecycle;
import de.lotse.inventory.TimeClass;
import java.util.Optional;
import java.util.UUID;
import org.springframework.web.util.UriComponentsBuilder;

/** The filter of the application list as it comes in the URL; values that do not parse are left out. */
class ApplicationFilterForm {

    private String q;
    private UUID department;
    private Lifecycle lifecycle;
    private TimeClass time;
    private Hosting hosting;
    private Boolean personalData;
    private Integer noticeWithin;
    private int page;

    ApplicationFilter toFilter() {
        return new ApplicationFilter(q, department, lifecycle, time, hosting, personalData, noticeWithin);
    }

    /** The query string of this filter (without the page), to come back to the same list. */
    public String query() {
        return UriComponentsBuilder.newInstance()
                .queryParamIfPresent("q", Optional.ofNullable(q).filter(text -> !text.isBlank()))
                .queryParamIfPresent("department", Optional.ofNullable(department))
                .queryParamIfPresent("lifecycle", Optional.ofNullable(lifecycle))
                .queryParamIfPresent("time", Optional.ofNullable(time))
                .queryParamIfPresent("hosting", Optional.ofNullable(hosting))
                .queryParamIfPresent("personalData", Optional.ofNullable(personalData))
                .queryParamIfPresent("noticeWithin", Optional.ofNullable(noticeWithin))
                .encode()
                .build()
                .toUriString();
    }

    /** The list's address for another page with this filter. */
    public String pageLink(int number) {
        String query = query();
        return "/applications" + (query.isEmpty() ? "?" : query + "&") + "page=" + number;
    }

    /** The address of the list with this filter as a file ({@code csv} or {@code xlsx}). */
    public String exportLink(String format) {
        return "/applications/export." + format + query();
    }

    public String getQ() {
        return q;
    }

    public void setQ(String q) {
        this.q = q;
    }

    public UUID getDepartment() {
        return department;
    }

    public void setDepartment(UUID department) {
        this.department = department;
    }

    public Lifecycle getLifecycle() {
        return lifecycle;
    }

    public void setLifecycle(Lifecycle lifecycle) {
        this.lifecycle = lifecycle;
    }

    public TimeClass getTime() {
        return time;
    }

    public void setTime(TimeClass time) {
        this.time = time;
    }

    public Hosting getHosting() {
        return hosting;
    }

    public void setHosting(Hosting hosting) {
        this.hosting = hosting;
    }

    public Boolean getPersonalData() {
        return personalData;
    }

    public void setPersonalData(Boolean personalData) {
        this.personalData = personalData;
    }

    /** Months ahead within which an application's contract has its notice deadline. */
    public Integer getNoticeWithin() {
        return noticeWithin;
    }

    public void setNoticeWithin(Integer noticeWithin) {
        this.noticeWithin = noticeWithin;
    }

    public int getPage() {
        return page;
    }

    public void setPage(int page) {
        this.page = page;
    }
}
