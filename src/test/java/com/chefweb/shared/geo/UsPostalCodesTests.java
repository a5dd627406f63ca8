package com.chefweb.shared.geo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.chefweb.shared.geo.UsPostalCodes.PostalCode;

class UsPostalCodesTests {

    private static final UsPostalCodes CODES = UsPostalCodes.load();

    @Test
    void readsTheWholeShippedFile() {
        assertThat(CODES.size()).isGreaterThan(40_000);
    }

    @Test
    void findsAZipWithItsPlaceCountyAndCentroid() {
        PostalCode mission = CODES.find("94103").orElseThrow();

        assertThat(mission.place()).isEqualTo("San Francisco");
        assertThat(mission.stateCode()).isEqualTo("CA");
        assertThat(mission.county()).isEqualTo("City and County of San Francisco");
        assertThat(mission.latitude()).isBetween(37.7, 37.8);
        assertThat(mission.longitude()).isBetween(-122.5, -122.3);
        assertThat(CODES.find("94103-1234")).contains(mission);
        assertThat(CODES.find("00000")).isEmpty();
    }

    @Test
    void listsTheCodesOfCountiesInOneState() {
        List<PostalCode> alameda = CODES.inCounties("CA", List.of("alameda"));

        assertThat(alameda).extracting(PostalCode::place).contains("Oakland", "Berkeley").doesNotContain("San Jose");
        assertThat(alameda).allMatch(code -> code.county().equals("Alameda"));
    }
}
