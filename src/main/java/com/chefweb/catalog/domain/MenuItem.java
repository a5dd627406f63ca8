package com.chefweb.catalog.domain;

/** One line of what every party gets, as the storefront's home page lists it. */
public record MenuItem(String id, String name, String description, int sortOrder) {
}
