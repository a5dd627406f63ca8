package com.chefweb.chefs.profile;

import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.UUID;

import javax.imageio.ImageIO;

import org.springframework.context.annotation.Profile;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import com.chefweb.chefs.profile.ChefProfiles.Image;
import com.chefweb.chefs.profile.ChefProfiles.ProfileChange;
import com.chefweb.chefs.profile.ChefProfiles.Vouching;
import com.chefweb.identity.events.ChefModeEntered;
import com.chefweb.media.intake.FileIntake;
import com.chefweb.shared.security.Actor;

/**
 * Profile {@code demo}: when identity approves one of the demo chefs, their profile is filled in (bio, pictures drawn
 * here and stored through media, a gallery, areas served), verified, and made live. Stripe is not configured in the
 * demo, so the demo stands in for its report that the chef's payout account is active (payment's demo keeps a
 * matching account, reported active, so the app lets the chef create services and meal shares).
 */
@Component
@Profile("demo")
class DemoChefProfiles {

    private final ChefProfiles profiles;
    private final Gallery gallery;
    private final ServingAreas areas;
    private final FileIntake files;
    private final JsonNode demo;

    DemoChefProfiles(ChefProfiles profiles, Gallery gallery, ServingAreas areas, FileIntake files, JsonMapper json) {
        this.profiles = profiles;
        this.gallery = gallery;
        this.areas = areas;
        this.files = files;
        try (InputStream in = DemoChefProfiles.class.getResourceAsStream("/chefs/demo-chefs.json")) {
            this.demo = json.readTree(in).get("chefs");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** No transaction of its own: pictures are stored with none open, and each change commits by itself. */
    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void fillIn(ChefModeEntered entered) {
        JsonNode chef = demo.get(entered.username());
        if (chef == null) {
            return;
        }
        profiles.open(entered.publicId(), entered.userId(), entered.username());
        if (!profiles.mine(entered.userId()).chef().bio().isBlank()) {
            return;
        }
        UUID user = entered.userId();
        Actor actor = new Actor(user.toString(), "chef", UUID.randomUUID(), user);
        List<String> colors = chef.get("colors").valueStream().map(JsonNode::asString).toList();
        Image picture = store("chef_profile_photo", picture(400, 400, colors, 0), actor);
        Image banner = store("chef_banner", picture(1200, 400, colors, 1), actor);
        int shade = 2;
        for (JsonNode title : chef.get("photos")) {
            gallery.add(user, store("chef_gallery_photo", picture(800, 600, colors, shade++), actor),
                    title.asString(), null, shade == 3);
        }
        areas.replace(user, chef.get("country").asString(),
                chef.get("postal_codes").valueStream().map(JsonNode::asString).toList());
        profiles.update(user, new ProfileChange(chef.get("display_name").asString(), chef.get("bio").asString(),
                chef.get("experience").asString(), chef.get("city").asString(), chef.get("country").asString(),
                chef.get("time_zone").asString(), null, chef.get("country").asString().equals("JP") ? "jpy" : "usd",
                picture, banner));
        profiles.vouch(entered.publicId(), new Vouching(true, true, true, null, true));
        profiles.paymentAccountReported(user, true, null, List.of(), java.time.Instant.now());
        profiles.goLive(user, user, true);
    }

    private Image store(String purpose, byte[] png, Actor actor) {
        FileIntake.ReceivedFile received = files.receive(purpose, "image", "image/png", png, actor);
        return new Image(received.uploadId(), received.url());
    }

    /** A soft two-colour gradient: stands in for a chef's photos without shipping anyone's pictures. */
    private static byte[] picture(int width, int height, List<String> colors, int variant) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        Color from = Color.decode(colors.get(variant % 2));
        Color to = Color.decode(colors.get((variant + 1) % 2));
        g.setPaint(new GradientPaint(0, 0, from, width, height * (variant + 1) / 3f, to));
        g.fillRect(0, 0, width, height);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
