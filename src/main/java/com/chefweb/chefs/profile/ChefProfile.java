package com.chefweb.chefs.profile;

import java.util.List;

/** A chef with the lists a profile page shows. */
public record ChefProfile(Chef chef, List<Photo> photos, List<ServedPostalCode> servingPostalCodes) {

    public ChefProfile {
        photos = List.copyOf(photos);
        servingPostalCodes = List.copyOf(servingPostalCodes);
    }
}
