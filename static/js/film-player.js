// Films from YouTube or Vimeo: the page carries only the provider's name and the video's
// id, never an address of theirs. Pressing play (the visitor's consent) builds the
// privacy-friendly player address and loads it in place. Without JavaScript the same
// button submits ?play=<film>, and the server renders the player instead.
(function () {
  "use strict";

  function playerUrl(data) {
    var id = encodeURIComponent(data.videoId || "");
    if (data.provider === "youtube") {
      return "https://www.youtube-nocookie.com/embed/" + id +
        "?autoplay=1&rel=0&hl=" + encodeURIComponent(data.lang || "");
    }
    if (data.provider === "vimeo") {
      var hash = data.vimeoHash ? "&h=" + encodeURIComponent(data.vimeoHash) : "";
      return "https://player.vimeo.com/video/" + id + "?dnt=1&autoplay=1" + hash;
    }
    return null;
  }

  document.querySelectorAll("[data-film-player]").forEach(function (player) {
    var form = player.querySelector(".film-player__consent");
    var stage = player.querySelector(".film-player__stage");
    var src = playerUrl(player.dataset);
    if (!form || !stage || !src) return;
    form.addEventListener("submit", function (event) {
      event.preventDefault();
      var frame = document.createElement("iframe");
      frame.src = src;
      frame.title = player.dataset.title || "";
      frame.allow = "autoplay; encrypted-media; fullscreen; picture-in-picture";
      frame.allowFullscreen = true;
      frame.referrerPolicy = "strict-origin-when-cross-origin";
      frame.tabIndex = 0;
      stage.replaceChildren(frame);
      player.classList.add("is-playing");
      var notice = player.querySelector(".film-player__notice");
      if (notice) notice.hidden = true;
      // Keyboard and screen-reader users land on the player they asked for.
      frame.focus();
    });
  });
})();
