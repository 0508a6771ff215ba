package de.lotse.inventory.web;

import de.lotse.inventory.ContractCalendar;
import de.lotse.inventory.ContractCosts;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The contract calendar (coming notice deadlines) and the contract costs of a fiscal year per department. */
@Controller
@RequestMapping("/applications")
class ContractOverviewController {

    private final ContractCalendar calendar;
    private final ContractCosts costs;
    private final Clock clock;

    ContractOverviewController(ContractCalendar calendar, ContractCosts costs, Clock clock) {
        this.calendar = calendar;
        this.costs = costs;
        this.clock = clock;
    }

    @GetMapping("/contracts")
    String calendar(@RequestParam(defaultValue = "12") int months, Model model) {
        model.addAttribute("calendar", calendar.next(months));
        model.addAttribute("periods", ContractCalendar.PERIODS);
        model.addAttribute("maxEntries", ContractCalendar.MAX_ENTRIES);
        return "inventory/contracts";
    }

    @GetMapping("/costs")
    String costs(@RequestParam(required = false) Integer year, Model model) {
        int current = LocalDate.now(clock).getYear();
        int chosen = year == null || year < 2000 || year > 2100 ? current : year;
        model.addAttribute("report", costs.of(chosen));
        model.addAttribute(
                "years",
                java.util.stream.IntStream.rangeClosed(current - 3, current + 3)
                        .boxed()
                        .toList());
        return "inventory/costs";
    }
}
