package com.chefweb.chefs.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import com.chefweb.chefs.profile.ServedPostalCode;
import com.chefweb.chefs.profile.ServingAreas;
import com.chefweb.shared.security.Access;
import com.chefweb.shared.security.Access.Level;

/**
 * The app's view of the areas a chef serves. Chefs set their postal codes themselves
 * ({@code /chefs/api/me/chef/serving-postal-codes/}); there are no requests for staff to approve, so the lists of
 * pending requests are empty.
 */
@RestController
@RequestMapping("/local_chefs/api/chef")
@Access(Level.CHEF)
@Tag(name = "Chef profile")
class AreaStatusController {

    private final ServingAreas areas;

    AreaStatusController(ServingAreas areas) {
        this.areas = areas;
    }

    @GetMapping({"/area-status", "/area-status/"})
    @Operation(summary = "The postal codes the chef serves, grouped by place")
    Map<String, Object> status() {
        List<ServedPostalCode> codes = areas.of(ChefUser.id());
        Map<String, List<ServedPostalCode>> byPlace = codes.stream().filter(code -> code.placeName() != null)
                .collect(Collectors.groupingBy(code -> code.country() + ":" + code.placeName(), LinkedHashMap::new,
                        Collectors.toList()));
        List<Map<String, Object>> approved = byPlace.values().stream().map(group -> {
            Map<String, Object> area = new LinkedHashMap<>();
            area.put("area_name", group.getFirst().placeName());
            area.put("country", group.getFirst().country());
            area.put("postal_codes", ChefPayloads.postalCodes(group));
            area.put("postal_code_count", group.size());
            return area;
        }).toList();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("approved_areas", approved);
        body.put("pending_requests", List.of());
        body.put("request_history", List.of());
        body.put("total_postal_codes", codes.size());
        body.put("ungrouped_postal_codes", ChefPayloads.postalCodes(codes.stream()
                .filter(code -> code.placeName() == null).toList()));
        return body;
    }
}
