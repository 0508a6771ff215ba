package de.lotse.portfolio.money.web;

import de.lotse.platform.Paging;
import de.lotse.portfolio.money.FundingBody;
import de.lotse.portfolio.money.FundingOverview;
import de.lotse.portfolio.money.FundingStatus;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

/** The funding overview: all applications with filters, their sums and the deadlines to keep. */
@Controller
class FundingOverviewController {

    private static final int PAGE_SIZE = 25;

    private final FundingOverview overview;
    private final Clock clock;

    FundingOverviewController(FundingOverview overview, Clock clock) {
        this.overview = overview;
        this.clock = clock;
    }

    @GetMapping("/portfolio/funding")
    String overview(
            @ModelAttribute("filter") FundingFilterForm filter, BindingResult ignoredInvalidFields, Model model) {
        // a malformed filter value in the URL is left out rather than answered with an error
        model.addAttribute("report", overview.of(filter.toFilter(), Paging.of(filter.getPage(), PAGE_SIZE)));
        model.addAttribute("statuses", FundingStatus.values());
        model.addAttribute("bodies", FundingBody.values());
        model.addAttribute("today", LocalDate.now(clock));
        return "portfolio/money/funding";
    }
}
