/**
 * Events the catalog module publishes: past-tense records of ids and values, versioned by adding fields only.
 */
@NamedInterface("events")
@NullMarked
package com.chefweb.catalog.events;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
