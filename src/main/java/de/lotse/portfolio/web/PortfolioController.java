package de.lotse.portfolio.web;

import de.lotse.platform.Paging;
import de.lotse.portfolio.Portfolio;
import de.lotse.portfolio.PortfolioFilter;
import de.lotse.portfolio.PortfolioRow;
import de.lotse.portfolio.PortfolioSort;
import de.lotse.portfolio.ProjectMode;
import de.lotse.portfolio.ProjectPermissions;
import de.lotse.portfolio.ProjectPhase;
import de.lotse.portfolio.StatusLight;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import org.springframework.data.domain.Page;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.UriComponentsBuilder;

/** The portfolio's overviews: the filtered list, the board by phase and the roadmap by quarter. */
@Controller
@RequestMapping("/projects")
class PortfolioController {

    static final int PAGE_SIZE = 25;
    static final int BOARD_CARDS_PER_PHASE = 10;
    static final int ROADMAP_QUARTERS = 6;

    private final Portfolio portfolio;
    private final FilterOptions options;
    private final ProjectPermissions permissions;
    private final Clock clock;

    PortfolioController(Portfolio portfolio, FilterOptions options, ProjectPermissions permissions, Clock clock) {
        this.portfolio = portfolio;
        this.options = options;
        this.permissions = permissions;
        this.clock = clock;
    }

    @GetMapping
    String list(@RequestParam Map<String, String> parameters, Model model) {
        PortfolioFilter filter = PortfolioFilter.from(parameters);
        int pageNumber = page(parameters);
        Page<PortfolioRow> rows = portfolio.page(filter, Paging.of(pageNumber, PAGE_SIZE));
        filters(filter, model);
        model.addAttribute("rows", rows);
        model.addAttribute("sorts", PortfolioSort.values());
        model.addAttribute("previousPage", rows.hasPrevious() ? link("/projects", filter, true, pageNumber - 1) : null);
        model.addAttribute("nextPage", rows.hasNext() ? link("/projects", filter, true, pageNumber + 1) : null);
        model.addAttribute("exportCsv", link("/projects/export.csv", filter, true, 0));
        model.addAttribute("exportXlsx", link("/projects/export.xlsx", filter, true, 0));
        return "portfolio/list";
    }

    @GetMapping("/board")
    String board(@RequestParam Map<String, String> parameters, Model model) {
        PortfolioFilter filter = PortfolioFilter.from(parameters);
        filters(filter, model);
        model.addAttribute("board", portfolio.board(filter, BOARD_CARDS_PER_PHASE));
        model.addAttribute("counts", portfolio.countsByPhase(filter));
        Map<ProjectPhase, String> lists = new java.util.EnumMap<>(ProjectPhase.class);
        for (ProjectPhase phase : ProjectPhase.values()) {
            lists.put(phase, link("/projects", filter.inPhase(phase), false, 0));
        }
        model.addAttribute("phaseLists", lists);
        return "portfolio/board";
    }

    @GetMapping("/roadmap")
    String roadmap(@RequestParam Map<String, String> parameters, Model model) {
        PortfolioFilter filter = PortfolioFilter.from(parameters);
        Quarter first = Quarter.parse(parameters.get("from")).orElse(Quarter.of(LocalDate.now(clock)));
        java.util.List<Quarter> quarters = first.andFollowing(ROADMAP_QUARTERS);
        int pageNumber = page(parameters);
        LocalDate from = first.start();
        LocalDate to = quarters.get(quarters.size() - 1).end();
        Page<PortfolioRow> rows = portfolio.between(from, to, filter, Paging.of(pageNumber, PAGE_SIZE));
        filters(filter, model);
        model.addAttribute("rows", rows);
        model.addAttribute("quarters", quarters);
        model.addAttribute(
                "milestones", portfolio.milestones(rows.map(PortfolioRow::id).getContent(), from, to));
        Map<String, String> withFrom = new java.util.LinkedHashMap<>(filter.parameters());
        model.addAttribute("earlier", roadmapLink(withFrom, first.plus(-ROADMAP_QUARTERS), 0));
        model.addAttribute("later", roadmapLink(withFrom, first.plus(ROADMAP_QUARTERS), 0));
        model.addAttribute("previousPage", rows.hasPrevious() ? roadmapLink(withFrom, first, pageNumber - 1) : null);
        model.addAttribute("nextPage", rows.hasNext() ? roadmapLink(withFrom, first, pageNumber + 1) : null);
        model.addAttribute("from", first);
        return "portfolio/roadmap";
    }

    private void filters(PortfolioFilter filter, Model model) {
        model.addAttribute("filter", filter);
        model.addAttribute("phases", ProjectPhase.values());
        model.addAttribute("lights", StatusLight.values());
        model.addAttribute("modes", ProjectMode.values());
        options.addTo(model);
        model.addAttribute("mayCreate", permissions.mayCreate());
    }

    private static int page(Map<String, String> parameters) {
        try {
            return Math.max(0, Integer.parseInt(parameters.getOrDefault("page", "0")));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** A link to a list with the filter, and the sort order when asked. */
    static String link(String path, PortfolioFilter filter, boolean withSort, int page) {
        UriComponentsBuilder uri = ServletUriComponentsBuilder.fromPath(path);
        filter.parameters().forEach(uri::queryParam);
        if (withSort && filter.sort() != null) {
            uri.queryParam("sort", filter.sort().name());
            if (filter.descending()) {
                uri.queryParam("dir", "desc");
            }
        }
        if (page > 0) {
            uri.queryParam("page", page);
        }
        return uri.encode().build().toUriString();
    }

    private static String roadmapLink(Map<String, String> filter, Quarter from, int page) {
        UriComponentsBuilder uri = UriComponentsBuilder.fromPath("/projects/roadmap");
        filter.forEach(uri::queryParam);
        uri.queryParam("from", from.toString());
        if (page > 0) {
            uri.queryParam("page", page);
        }
        return uri.encode().build().toUriString();
    }
}
