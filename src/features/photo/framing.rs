//! The browser side of framing a photo: the chosen file shown in a square frame, moved by
//! dragging or the arrow keys, zoomed by a slider; the square written into the form's hidden
//! fields for the server to crop by. The file itself is never read here: the browser shows it
//! from a local object URL.

use std::cell::Cell;
use std::rc::Rc;

use leptos::prelude::document;
use leptos::wasm_bindgen::{closure::Closure, JsCast};
use leptos::web_sys::{
    Element, Event, HtmlElement, HtmlImageElement, HtmlInputElement, KeyboardEvent, PointerEvent,
    Url,
};

use super::crop::{Crop, Framing};

/// The frame's side on the page, in CSS pixels (as in the stylesheet).
const FRAME: f64 = 240.0;

fn element<T: JsCast>(id: &str) -> Option<T> {
    document().get_element_by_id(id)?.dyn_into().ok()
}

fn listen<E: JsCast + 'static>(id: &str, event: &str, f: impl Fn(E) + 'static) {
    if let Some(target) = element::<Element>(id) {
        let f = Closure::<dyn Fn(Event)>::new(move |e: Event| {
            if let Ok(e) = e.dyn_into::<E>() {
                f(e);
            }
        });
        let _ = target.add_event_listener_with_callback(event, f.as_ref().unchecked_ref());
        f.forget();
    }
}

type State = Rc<Cell<Option<Framing>>>;

pub fn wire() {
    let state: State = Rc::new(Cell::new(None));
    listen("photo", "change", {
        let state = state.clone();
        move |_: Event| chosen(&state)
    });
    listen("photo-crop-img", "load", {
        let state = state.clone();
        move |_: Event| {
            let Some(img) = element::<HtmlImageElement>("photo-crop-img") else {
                return;
            };
            let (w, h) = (
                f64::from(img.natural_width()),
                f64::from(img.natural_height()),
            );
            if w > 0.0 && h > 0.0 {
                if let Some(zoom) = element::<HtmlInputElement>("photo-zoom") {
                    zoom.set_value("1");
                }
                show(&state, Framing::centred(w, h));
            }
        }
    });
    listen("photo-zoom", "input", {
        let state = state.clone();
        move |_: Event| {
            let zoom = element::<HtmlInputElement>("photo-zoom")
                .map(|z| z.value_as_number())
                .filter(|z| z.is_finite());
            if let (Some(framing), Some(zoom)) = (state.get(), zoom) {
                show(&state, framing.zoomed(zoom));
            }
        }
    });
    drag(&state);
    keys(&state);
}

/// A file chosen (or the choice cleared): shown in the frame, or the framing dropped.
fn chosen(state: &State) {
    let file = element::<HtmlInputElement>("photo").and_then(|input| input.files()?.get(0));
    let (Some(panel), Some(img)) = (
        element::<HtmlElement>("photo-crop"),
        element::<HtmlImageElement>("photo-crop-img"),
    ) else {
        return;
    };
    state.set(None);
    write(None);
    let old = img.src();
    if old.starts_with("blob:") {
        let _ = Url::revoke_object_url(&old);
    }
    match file.and_then(|f| Url::create_object_url_with_blob(&f).ok()) {
        Some(url) => {
            img.set_src(&url);
            panel.set_hidden(false);
        }
        None => panel.set_hidden(true),
    }
}

fn show(state: &State, framing: Framing) {
    state.set(Some(framing));
    let Some(img) = element::<HtmlElement>("photo-crop-img") else {
        return;
    };
    let scale = FRAME / framing.side();
    let left = (framing.cx - framing.side() / 2.0) * scale;
    let top = (framing.cy - framing.side() / 2.0) * scale;
    let style = img.style();
    // Whole pixels: printing a decimal number would cost the bundle its float formatting.
    let px = |v: f64| (v.round() as i32).to_string() + "px";
    let _ = style.set_property("width", &px(framing.width * scale));
    let _ = style.set_property("height", &px(framing.height * scale));
    let translate = String::from("translate(") + &px(-left) + ", " + &px(-top) + ")";
    let _ = style.set_property("transform", &translate);
    write(Some(framing.crop()));
}

/// The square into the form (empty: the server centres it).
fn write(crop: Option<Crop>) {
    let values = crop.map(|c| [c.x, c.y, c.side].map(Crop::field));
    for (i, id) in ["crop_x", "crop_y", "crop_side"].iter().enumerate() {
        if let Some(input) = element::<HtmlInputElement>(id) {
            input.set_value(values.as_ref().map_or("", |v| &v[i]));
        }
    }
}

/// Dragging the photo inside the frame.
fn drag(state: &State) {
    let last: Rc<Cell<Option<(f64, f64)>>> = Rc::new(Cell::new(None));
    listen("photo-frame", "pointerdown", {
        let last = last.clone();
        move |e: PointerEvent| {
            if let Some(frame) = element::<Element>("photo-frame") {
                let _ = frame.set_pointer_capture(e.pointer_id());
            }
            last.set(Some((f64::from(e.client_x()), f64::from(e.client_y()))));
        }
    });
    listen("photo-frame", "pointermove", {
        let (state, last) = (state.clone(), last.clone());
        move |e: PointerEvent| {
            let (Some((x, y)), Some(framing)) = (last.get(), state.get()) else {
                return;
            };
            let (nx, ny) = (f64::from(e.client_x()), f64::from(e.client_y()));
            last.set(Some((nx, ny)));
            let per_px = framing.side() / FRAME;
            show(
                &state,
                framing.moved(-(nx - x) * per_px, -(ny - y) * per_px),
            );
        }
    });
    for end in ["pointerup", "pointercancel"] {
        let last = last.clone();
        listen("photo-frame", end, move |_: PointerEvent| last.set(None));
    }
}

/// The arrow keys move the photo by a tenth of the frame; + and − zoom.
fn keys(state: &State) {
    let state = state.clone();
    listen("photo-frame", "keydown", move |e: KeyboardEvent| {
        let Some(framing) = state.get() else { return };
        let step = framing.side() / 10.0;
        let next = match e.key().as_str() {
            "ArrowLeft" => framing.moved(step, 0.0),
            "ArrowRight" => framing.moved(-step, 0.0),
            "ArrowUp" => framing.moved(0.0, step),
            "ArrowDown" => framing.moved(0.0, -step),
            "+" | "=" => framing.zoomed(framing.zoom + 0.25),
            "-" => framing.zoomed(framing.zoom - 0.25),
            _ => return,
        };
        e.prevent_default();
        if let Some(zoom) = element::<HtmlInputElement>("photo-zoom") {
            zoom.set_value_as_number(next.zoom);
        }
        show(&state, next);
    });
}
