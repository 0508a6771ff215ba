package de.lotse.servicecatalog.web;

import de.lotse.servicecatalog.ServiceStatusFilter;
import java.util.UUID;
import org.springframework.web.util.UriComponentsBuilder;

/** The filter of the status list as it comes in the URL; values that do not parse are left out. */
class ServiceStatusFilterForm {

    private String q;
    private Integer topic;
    private Integer level;
    private UUID department;
    private Boolean online;
    private Boolean shared;
    private boolean all;
    private int page;

    ServiceStatusFilter toFilter() {
        return new ServiceStatusFilter(q, topic, level, department, online, shared, null, all);
    }

    /** The query string of this filter (without the page), to come back to the same list. */
    public String query() {
        return UriComponentsBuilder.newInstance()
                .queryParamIfPresent("q", java.util.Optional.ofNullable(q).filter(text -> !text.isBlank()))
                .queryParamIfPresent("topic", java.util.Optional.ofNullable(topic))
                .queryParamIfPresent("level", java.util.Optional.ofNullable(level))
                .queryParamIfPresent("department", java.util.Optional.ofNullable(department))
                .queryParamIfPresent("online", java.util.Optional.ofNullable(online))
                .queryParamIfPresent("shared", java.util.Optional.ofNullable(shared))
                .queryParamIfPresent("all", java.util.Optional.of(all).filter(Boolean::booleanValue))
                .encode()
                .build()
                .toUriString();
    }

    public String getQ() {
        return q;
    }

    public void setQ(String q) {
        this.q = q;
    }

    public Integer getTopic() {
        return topic;
    }

    public void setTopic(Integer topic) {
        this.topic = topic;
    }

    public Integer getLevel() {
        return level;
    }

    public void setLevel(Integer level) {
        this.level = level;
    }

    public UUID getDepartment() {
        return department;
    }

    public void setDepartment(UUID department) {
        this.department = department;
    }

    public Boolean getOnline() {
        return online;
    }

    public void setOnline(Boolean online) {
        this.online = online;
    }

    public Boolean getShared() {
        return shared;
    }

    public void setShared(Boolean shared) {
        this.shared = shared;
    }

    public boolean isAll() {
        return all;
    }

    public void setAll(boolean all) {
        this.all = all;
    }

    public int getPage() {
        return page;
    }

    public void setPage(int page) {
        this.page = page;
    }
}
