package de.lotse.portfolio.money.web;

import de.lotse.portfolio.money.FundingBody;
import de.lotse.portfolio.money.FundingOverview;
import de.lotse.portfolio.money.FundingStatus;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/** The filter of the funding overview as it stands in the URL. */
class FundingFilterForm {

    private FundingStatus status;

    private FundingBody body;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate from;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate to;

    private int page;

    FundingOverview.Filter toFilter() {
        return new FundingOverview.Filter(status, body, from, to);
    }

    public FundingStatus getStatus() {
        return status;
    }

    public void setStatus(FundingStatus status) {
        this.status = status;
    }

    public FundingBody getBody() {
        return body;
    }

    public void setBody(FundingBody body) {
        this.body = body;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }

    public int getPage() {
        return page;
    }

    public void setPage(int page) {
        this.page = page;
    }
}
