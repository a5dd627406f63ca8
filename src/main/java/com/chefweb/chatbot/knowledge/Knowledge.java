package com.chefweb.chatbot.knowledge;

import java.util.List;
import java.util.Optional;

import com.chefweb.catalog.events.PriceBookPublished.PackageDescription;
import com.chefweb.shared.pricing.PriceBook;

/**
 * What the chatbot knows at one price-book version: the prices it quotes from and how packages are described.
 *
 * @param packages descriptions of the packages, by the price book's ids (possibly empty)
 */
public record Knowledge(PriceBook priceBook, List<PackageDescription> packages) {

    public Knowledge {
        packages = List.copyOf(packages);
    }

    public Optional<PackageDescription> describe(String packageId) {
        return packages.stream().filter(p -> p.id().equals(packageId)).findFirst();
    }

    public List<PriceBook.PackagePrice> activePackages() {
        return priceBook.packages().stream().filter(PriceBook.PackagePrice::active).toList();
    }

    public List<PriceBook.AddOnPrice> activeAddOns() {
        return priceBook.addOns().stream().filter(PriceBook.AddOnPrice::active).toList();
    }
}
